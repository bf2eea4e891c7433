// The outbox: without SMTP_URL (embedded/demo mode) e-mails are kept in memory instead of sent;
// this page shows them so the secretariat can follow an RSVP link during a demo. Anyone who may
// send invitations (meeting:manage anywhere) may read what was sent, as may an instance admin.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { LinkedText } from "@/components/invitation/linked-text";
import { requirePagePermission } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { outboxMessages } from "@/lib/mail/transport";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitation.outbox"))("title") };
}
// The outbox lives in this server process's memory: never prerender it.
export const dynamic = "force-dynamic";

export default async function OutboxPage() {
  await requirePagePermission(["instance:admin", "meeting:manage"]);
  const [t, locale] = await Promise.all([getTranslations("invitation.outbox"), getLocale()]);
  const isSmtpConfigured = Boolean(env().SMTP_URL);
  const mails = [...outboxMessages()].reverse();
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium" });
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-4 text-sm text-slate-600" role="note">
        {isSmtpConfigured ? t("smtpConfigured") : t("intro")}
      </p>
      {isSmtpConfigured ? null : mails.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ol className="space-y-4">
          {mails.map((m, i) => (
            <li key={`${m.at.getTime()}-${i}`}>
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
                    <time dateTime={m.at.toISOString()}>{when.format(m.at)}</time>
                  </dd>
                </dl>
                <LinkedText text={m.text} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
