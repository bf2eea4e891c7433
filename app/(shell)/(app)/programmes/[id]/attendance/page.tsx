// A programme's attendance over time: a row per meeting and everyone counted once, for reporting to the fund.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AttendanceStats } from "@/components/attendance/attendance-stats";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Table, TBody, Td, Th, THeadRow } from "@/components/ui/table";
import { toLocale } from "@/i18n/locales";
import { getProgrammeAttendanceStats } from "@/lib/attendance/service";
import type { TAccess } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/format/date";
import { orNotFound } from "@/lib/page/or-not-found";
import { meetingName } from "@/lib/meeting/facts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("attendance"))("title") };
}

/** The statistics, or the not-found page alike for a missing programme and one the user may not read. */
async function loadStats(access: TAccess, id: string) {
  return orNotFound(getProgrammeAttendanceStats(access, id));
}

export default async function ProgrammeAttendancePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const [result, t, locale] = await Promise.all([
    loadStats(user.access, id),
    getTranslations("attendance"),
    getLocale().then(toLocale),
  ]);
  const { totals } = result;
  return (
    <>
      <PageHeader title={t("pageHeading", { programme: result.programme.title })} />
      {totals.participants === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="space-y-8">
          <Table>
            <caption className="px-4 py-3 text-left text-sm font-semibold text-slate-900">
              {t("captions.perMeeting")}
            </caption>
            <THeadRow
              columns={[
                t("columns.meeting"),
                t("columns.date"),
                ...(["invited", "participants", "female", "ministries", "organisations"] as const).map(
                  (c) => ({
                    label: t(`columns.${c}`),
                    className: "text-right",
                  }),
                ),
              ]}
            />
            <TBody>
              {result.meetings.map(({ meeting, stats }) => (
                <tr key={meeting.id}>
                  <Th scope="row" className="font-normal">
                    <p className="text-xs font-semibold text-blue-900">
                      {meetingName(meeting.kind, meeting.sequenceNumber, locale)}
                    </p>
                    <p>{meeting.title}</p>
                  </Th>
                  <Td>{formatDate(meeting.startsAt, locale, meeting.timeZone)}</Td>
                  <Td className="text-right tabular-nums">{stats.invited}</Td>
                  <Td className="text-right tabular-nums">{stats.participants}</Td>
                  <Td className="text-right tabular-nums">
                    {stats.bySex.find((s) => s.sex === "FEMALE")?.participants ?? 0}
                  </Td>
                  <Td className="text-right tabular-nums">{stats.ministries}</Td>
                  <Td className="text-right tabular-nums">{stats.organisations}</Td>
                </tr>
              ))}
            </TBody>
          </Table>
          <Section id="attendance-totals" title={t("captions.totals")} className="space-y-4">
            <AttendanceStats
              stats={totals}
              extraFigures={[
                { label: t("figures.meetingsWithAttendance"), value: totals.meetingsWithAttendance },
                { label: t("figures.attendances"), value: totals.attendances },
              ]}
            />
          </Section>
        </div>
      )}
    </>
  );
}
