// The outbox: every e-mail Notulen wrote (kept in the database), newest first, a page at a time —
// only the mail of programmes where the user holds meeting:manage (an administrator's: all).
// Without SMTP_URL (embedded/demo mode) mail is kept here instead of sent, so the secretariat can
// follow an RSVP link during a demo.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { LinkedText } from "@/components/invitation/linked-text";
import { toLocale } from "@/i18n/locales";
import { requirePagePermission } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format/date";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import { outboxPage } from "@/lib/mail/service";
import { DEFAULT_TIME_ZONE } from "@/lib/meeting/zoned-time";
import { pageFromSearchParam } from "@/lib/pagination/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitation.outbox"))("title") };
}
// The outbox changes with every e-mail: never prerender it.
export const dynamic = "force-dynamic";

const STATUS_TONE = { SENT: "success", KEPT: "info", FAILED: "danger" } as const satisfies Record<
  OutboxStatus,
  string
>;

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePagePermission(["instance:admin", "meeting:manage"]);
  const page = pageFromSearchParam((await searchParams).page);
  const [t, locale, result] = await Promise.all([
    getTranslations("invitation.outbox"),
    getLocale().then(toLocale),
    outboxPage(user.access, page),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-4 text-sm text-slate-600" role="note">
        {t("intro")} {env().SMTP_URL ? t("smtpConfigured") : null}
      </p>
      {result.total === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <>
          <ol className="space-y-4">
            {result.data.map((m) => (
              <li key={m.id}>
                <article
                  aria-label={m.subject}
                  className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
                >
                  <h2 className="font-semibold text-slate-900">{m.subject}</h2>
                  <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                    <dt className="text-slate-600">{t("to")}</dt>
                    <dd>{m.to}</dd>
                    <dt className="text-slate-600">{t("from")}</dt>
                    <dd>{m.from}</dd>
                    <dt className="text-slate-600">{t("date")}</dt>
                    <dd>
                      <time dateTime={m.createdAt.toISOString()}>
                        {formatDateTime(m.createdAt, locale, DEFAULT_TIME_ZONE)}
                      </time>
                    </dd>
                    <dt className="text-slate-600">{t("statusLabel")}</dt>
                    <dd>
                      <Badge tone={STATUS_TONE[m.status]}>{t(`status.${m.status}`)}</Badge>
                      {m.hasCalendar ? <span className="ml-2 text-slate-600">{t("calendar")}</span> : null}
                    </dd>
                    {m.error ? (
                      <>
                        <dt className="text-slate-600">{t("error")}</dt>
                        <dd className="break-words">{m.error}</dd>
                      </>
                    ) : null}
                  </dl>
                  <LinkedText text={m.text} />
                </article>
              </li>
            ))}
          </ol>
          <Pagination basePath="/outbox" {...result} />
        </>
      )}
    </>
  );
}
