// The secretariat's invite panel for one meeting: organisations by kind and people by name.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InvitePanel } from "@/components/invitation/invite-panel";
import { MeetingSubpage } from "@/components/meeting/subpage-header";
import { organisationOptions } from "@/lib/organisation/service";
import { loadRegisterMeeting, meetingTitleMetadata, type TMeetingPageProps } from "@/lib/page/meeting-page";

export const generateMetadata = meetingTitleMetadata(loadRegisterMeeting, (meeting) => meeting.title);

export default async function InvitePage({ params }: TMeetingPageProps) {
  const { user, data: meeting } = await loadRegisterMeeting((await params).id);
  const [t, tOutbox, organisations] = await Promise.all([
    getTranslations("invitation.invite"),
    getTranslations("invitation.outbox"),
    organisationOptions(user.access),
  ]);
  return (
    <MeetingSubpage
      meeting={meeting}
      back={t("back")}
      title={t("title")}
      aside={
        <Link href="/outbox" className="text-sm text-blue-800 underline-offset-4 hover:underline">
          {tOutbox("link")}
        </Link>
      }
    >
      <InvitePanel meetingId={meeting.id} organisations={organisations} />
    </MeetingSubpage>
  );
}
