// Later entry from the signed paper sheet: the same numbered rows as the printed PDF, ticked and saved at once.
import { getTranslations } from "next-intl/server";
import { MeetingSubpage } from "@/components/meeting/subpage-header";
import { PaperEntryForm } from "@/components/register/paper-entry-form";
import { meetingPageLoader, meetingTitleMetadata, type TMeetingPageProps } from "@/lib/page/meeting-page";
import { getSheetMeeting, sheetRows } from "@/lib/register/service/sign-in-sheet";
import { ClientMessages } from "@/components/i18n/client-messages";

/** The meeting if the user may run its register (getSheetMeeting checks meeting:manage). */
const loadMeeting = meetingPageLoader("meeting:manage", getSheetMeeting);

export const generateMetadata = meetingTitleMetadata(loadMeeting, (meeting) => meeting.title);

export default async function PaperEntryPage({ params }: TMeetingPageProps) {
  const { data: meeting } = await loadMeeting((await params).id);
  const [t, rows] = await Promise.all([getTranslations("register"), sheetRows(meeting.id)]);
  return (
    <ClientMessages namespaces={["register"]}>
      <MeetingSubpage
        meeting={meeting}
        back={t("title")}
        backHref={`/meetings/${meeting.id}/register`}
        title={t("paperEntry.title")}
      >
        <PaperEntryForm
          meetingId={meeting.id}
          rows={rows.map((r) => ({
            id: r.id,
            number: r.number,
            name: r.name,
            position: r.position,
            organisation: r.organisation?.name ?? null,
            isPresent: r.attendance === "PRESENT",
          }))}
        />
      </MeetingSubpage>
    </ClientMessages>
  );
}
