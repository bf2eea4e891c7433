// A programme's facts, its participating organisations and its meetings.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MeetingStatusBadge } from "@/components/meeting/status-badge";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { NarrowOnly, RowLink, Table, TBody, Td, THeadRow, TRow, WIDE_ONLY } from "@/components/ui/table";
import { toLocale } from "@/i18n/locales";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { formatDate, formatDay } from "@/lib/format/date";
import { getProgramme, programmeMeetings } from "@/lib/programme/service";
import { orgLabel } from "@/lib/minutes/record-schema";
import { orNotFound } from "@/lib/page/or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programme"))("title") };
}

export default async function ProgrammePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const [programme, meetings] = await orNotFound(
    Promise.all([getProgramme(user.access, id), programmeMeetings(user.access, id)]),
  );
  const [t, tMethod, tBilingual, tLanguage, locale] = await Promise.all([
    getTranslations("programme"),
    getTranslations("minutesAdoption.method"),
    getTranslations("bilingual"),
    getTranslations("language"),
    getLocale().then(toLocale),
  ]);
  const facts: [string, string][] = [
    [t("form.shortTitle"), programme.shortTitle ?? "—"],
    [t("form.country"), programme.country],
    [t("form.fund"), programme.fund ?? "—"],
    [t("form.conveningAgencyId"), orgLabel(programme.conveningAgency) ?? "—"],
    [t("form.startDate"), programme.startDate ? formatDay(programme.startDate, locale) : "—"],
    [t("form.durationMonths"), programme.durationMonths ? t("months", { n: programme.durationMonths }) : "—"],
    [
      t("form.sdgGoals"),
      programme.sdgGoals.length ? programme.sdgGoals.map((goal) => t("form.sdg", { goal })).join(", ") : "—",
    ],
    [t("form.nationalFramework"), programme.nationalFramework ?? "—"],
    [tBilingual("recordLanguage"), tLanguage(programme.recordLanguage)],
    [t("form.adoptionMethods"), programme.adoptionMethods.map((m) => tMethod(m)).join(", ")],
    [t("form.reviewVisibility"), t(`form.visibility.${programme.reviewVisibility}`)],
  ];
  return (
    <>
      <PageHeader title={programme.title}>
        <div className="flex gap-2">
          <Link className={buttonVariants({ variant: "secondary" })} href={`/programmes/${id}/attendance`}>
            {t("attendance")}
          </Link>
          {can(user.access, "programme:manage", id) ? (
            <Link className={buttonVariants()} href={`/programmes/${id}/edit`}>
              {t("editButton")}
            </Link>
          ) : null}
        </div>
      </PageHeader>
      {programme.description ? (
        <p className="mb-6 max-w-3xl whitespace-pre-line text-slate-800">{programme.description}</p>
      ) : null}
      <dl className="mb-8 grid max-w-3xl gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr] sm:gap-y-2">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-600">{term}</dt>
            <dd className="mb-2 text-slate-900 sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mb-3 text-lg font-semibold">{t("participants")}</h2>
      {programme.participatingOrganisations.length === 0 ? (
        <p className="mb-8 text-sm text-slate-600">{t("noParticipants")}</p>
      ) : (
        <ul className="mb-8 list-disc pl-5 text-sm">
          {programme.participatingOrganisations.map((o) => (
            <li key={o.id}>{orgLabel(o)}</li>
          ))}
        </ul>
      )}
      <h2 className="mb-3 text-lg font-semibold">{t("meetings")}</h2>
      {meetings.length === 0 ? (
        <EmptyState title={t("noMeetings")} />
      ) : (
        <Table>
          <THeadRow
            columns={[
              t("meeting"),
              { label: t("date"), className: WIDE_ONLY },
              { label: t("status"), className: WIDE_ONLY },
            ]}
          />
          <TBody>
            {meetings.map((m) => (
              <TRow key={m.id}>
                <Td>
                  <RowLink href={`/meetings/${m.id}`}>{m.title}</RowLink>
                  {/* On a phone, the date and status under the title. */}
                  <NarrowOnly>
                    <MeetingStatusBadge status={m.status} />
                    <span>{formatDate(m.startsAt, locale, m.timeZone)}</span>
                  </NarrowOnly>
                </Td>
                <Td className={WIDE_ONLY}>{formatDate(m.startsAt, locale, m.timeZone)}</Td>
                <Td className={WIDE_ONLY}>
                  <MeetingStatusBadge status={m.status} />
                </Td>
              </TRow>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
