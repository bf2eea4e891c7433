// The meeting page's attendance: the statistics once people have signed in; before the day (or
// when nobody was recorded) a sentence saying when attendance is taken, not a wall of zeros.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AttendanceStats } from "@/components/attendance/attendance-stats";
import { EmptyState } from "@/components/ui/empty-state";
import type { TAccess } from "@/lib/auth/permissions";
import { getMeetingAttendanceStats } from "@/lib/attendance/service";
import type { TMeetingDetail } from "@/lib/meeting/schema";
import { hasBeenHeld } from "@/lib/meeting/status";

type TProps = { access: TAccess; meeting: TMeetingDetail; canManage: boolean };

export async function MeetingAttendance({ access, meeting: m, canManage }: TProps) {
  const [t, tRegister] = await Promise.all([
    getTranslations("meetingPage.attendance"),
    getTranslations("register"),
  ]);
  const registerLink = canManage ? (
    <Link
      href={`/meetings/${m.id}/register`}
      className="mt-3 inline-block font-medium text-blue-800 underline"
    >
      {tRegister("openRegister")}
    </Link>
  ) : null;
  if (m.counts.present === 0) {
    if (m.status === "CANCELLED") return <EmptyState title={t("cancelled")} />;
    if (!hasBeenHeld(m.status)) {
      return (
        <EmptyState title={t("beforeDay")}>
          <p>{t("invitedSoFar", { n: m.counts.invited })}</p>
          {m.status === "SCHEDULED" ? registerLink : null}
        </EmptyState>
      );
    }
    return (
      <EmptyState title={t("none")}>
        {canManage ? <p>{t("noneHint")}</p> : null}
        {registerLink}
      </EmptyState>
    );
  }
  const { stats } = await getMeetingAttendanceStats(access, m.id);
  return <AttendanceStats stats={stats} />;
}
