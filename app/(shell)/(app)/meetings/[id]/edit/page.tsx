// Edit a meeting (secretariat): details with the version check, and its co-chairs.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CoChairEditor } from "@/components/meeting/co-chair-editor";
import { MeetingForm } from "@/components/meeting/meeting-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getMeetingDetail } from "@/lib/meeting/service/detail";
import { editFormValues } from "@/lib/meeting/form";
import { editMeetingAction } from "@/lib/meeting/form-actions";
import { timeZoneChoices } from "@/lib/meeting/time-zones";
import { orNotFound } from "@/lib/page/or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meeting.form"))("editPageTitle") };
}

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("meeting:manage");
  const meeting = await orNotFound(getMeetingDetail(user.access, id));
  if (!can(user.access, "meeting:manage", meeting.programme.id)) notFound();
  const t = await getTranslations("meeting");
  return (
    <div className="space-y-10">
      <div>
        <Link href={`/meetings/${id}`} className="text-sm text-blue-800 underline-offset-4 hover:underline">
          ← {t("form.backToMeeting")}
        </Link>
        <PageHeader title={t("form.editTitle", { title: meeting.title })} />
        <MeetingForm
          action={editMeetingAction}
          meetingId={id}
          initialValues={editFormValues(meeting)}
          timeZones={timeZoneChoices(meeting.timeZone)}
          submitLabel={t("form.save")}
        />
      </div>
      <CoChairEditor meetingId={id} coChairs={meeting.coChairs} />
    </div>
  );
}
