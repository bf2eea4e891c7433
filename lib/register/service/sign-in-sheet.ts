// The printable sign-in sheet of a meeting: loads who is invited (only for those who may run the
// register; 404 alike for missing and not-yours), in sheet order, and renders the PDF.
import "server-only";
import type { TLocale } from "@/i18n/locales";
import { db, type TTx } from "@/lib/db";
import type { TAccess } from "@/lib/auth/permissions";
import { fileSlug } from "@/lib/format/file-slug";
import { meetingHeading } from "@/lib/meeting/facts";
import { AppError } from "@/lib/errors";
import { formatDate, formatTimeRange } from "@/lib/format/date";
import { meetingManageWhere } from "@/lib/meeting/service/access";
import { venueLine } from "@/lib/meeting/venue";
import { BLANK_ROWS, numberSheetRows } from "../sheet-rows";
import { renderSignInSheet } from "../sign-in-sheet-pdf";
import { MEETING_FACTS_SELECT } from "@/lib/meeting/service/facts";

const SHEET_MEETING_SELECT = {
  ...MEETING_FACTS_SELECT,
  programme: { select: { title: true } },
} as const;

/** The meeting as the sheet's header needs it, if the user may run its register. */
export async function getSheetMeeting(
  access: TAccess,
  meetingId: string,
  reader: Pick<TTx, "meeting"> = db(),
) {
  const meeting = await reader.meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingManageWhere(access)] },
    select: SHEET_MEETING_SELECT,
  });
  if (!meeting) throw AppError.notFound("meeting");
  return meeting;
}

/** The invitees (walk-ins came without one) in sheet order, numbered as on the printed sheet. */
export async function sheetRows(meetingId: string, reader: Pick<TTx, "invitation"> = db()) {
  const rows = await reader.invitation.findMany({
    where: { meetingId, isWalkIn: false },
    select: {
      id: true,
      attendance: true,
      signedInAt: true,
      person: { select: { name: true, position: true, organisation: { select: { name: true } } } },
    },
  });
  return numberSheetRows(
    rows.map((r) => ({
      id: r.id,
      name: r.person.name,
      position: r.person.position,
      organisation: r.person.organisation,
      attendance: r.attendance,
      signedInAt: r.signedInAt,
    })),
  );
}

export type TSheetFile = { filename: string; body: Buffer; type: "application/pdf" };

/** The sheet as a PDF file in the given language (headings, date, page numbers). */
export async function signInSheet(access: TAccess, meetingId: string, locale: TLocale): Promise<TSheetFile> {
  const meeting = await getSheetMeeting(access, meetingId);
  const rows = await sheetRows(meeting.id);
  const summary = meetingHeading(meeting, locale);
  const body = await renderSignInSheet({
    locale,
    programme: meeting.programme.title,
    meeting: summary,
    when: `${formatDate(meeting.startsAt, locale, meeting.timeZone)} · ${formatTimeRange(
      meeting.startsAt,
      meeting.endsAt,
      locale,
      meeting.timeZone,
    )}`,
    venue: venueLine(meeting),
    onlineUrl: meeting.onlineUrl,
    rows: rows.map((r) => ({
      number: r.number,
      name: r.name,
      position: r.position,
      organisation: r.organisation?.name ?? null,
    })),
    blankRows: BLANK_ROWS,
  });
  return { filename: `sign-in-sheet-${fileSlug(summary, "meeting")}.pdf`, body, type: "application/pdf" };
}
