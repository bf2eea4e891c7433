// Schedule a meeting (secretariat): in one of the programmes where the user holds meeting:manage.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/meeting/meeting-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { scheduleMeetingAction } from "@/lib/meeting/form-actions";
import { programmesForScheduling } from "@/lib/meeting/service/scheduling";
import { timeZoneChoices } from "@/lib/meeting/time-zones";
import { DEFAULT_TIME_ZONE } from "@/lib/meeting/zoned-time";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meeting.form"))("scheduleTitle") };
}

export default async function NewMeetingPage() {
  const user = await requirePagePermission("meeting:manage");
  const [programmes, t] = await Promise.all([
    programmesForScheduling(user.access),
    getTranslations("meeting.form"),
  ]);
  return (
    <ClientMessages namespaces={["bilingual", "errors", "language", "meeting", "meetings"]}>
      <>
        <PageHeader title={t("scheduleTitle")} />
        {programmes.length === 0 ? (
          <EmptyState title={t("noProgrammes")} />
        ) : (
          <MeetingForm
            action={scheduleMeetingAction}
            initialValues={{ timeZone: DEFAULT_TIME_ZONE }}
            programmes={programmes}
            timeZones={timeZoneChoices(DEFAULT_TIME_ZONE)}
            submitLabel={t("schedule")}
            draftLabel={t("saveDraft")}
          />
        )}
      </>
    </ClientMessages>
  );
}
