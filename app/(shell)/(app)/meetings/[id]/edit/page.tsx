// Edit a meeting (secretariat): details with the version check, and its co-chairs.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CoChairEditor } from "@/components/meeting/co-chair-editor";
import { MeetingForm } from "@/components/meeting/meeting-form";
import { SubpageHeader } from "@/components/meeting/subpage-header";
import { editFormValues } from "@/lib/meeting/form";
import { editMeetingAction } from "@/lib/meeting/form-actions";
import { timeZoneChoices } from "@/lib/meeting/time-zones";
import { loadManagedMeeting } from "@/lib/page/meeting-page";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meeting.form"))("editPageTitle") };
}

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data: meeting } = await loadManagedMeeting(id);
  const t = await getTranslations("meeting");
  return (
    <ClientMessages namespaces={["bilingual", "errors", "language", "meeting", "meetings"]}>
      <div className="space-y-10">
        <div>
          <SubpageHeader
            back={{ href: `/meetings/${id}`, label: t("form.backToMeeting") }}
            title={t("form.editTitle", { title: meeting.title })}
            className="mb-6"
          />
          <MeetingForm
            action={editMeetingAction}
            meetingId={id}
            initialValues={editFormValues(meeting)}
            recordLanguage={meeting.programme.recordLanguage}
            timeZones={timeZoneChoices(meeting.timeZone)}
            submitLabel={t("form.save")}
          />
        </div>
        <CoChairEditor
          meetingId={id}
          coChairs={meeting.coChairs}
          recordLanguage={meeting.programme.recordLanguage}
        />
      </div>
    </ClientMessages>
  );
}
