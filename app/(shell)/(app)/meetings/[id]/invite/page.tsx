// The secretariat's invite panel for one meeting: organisations by kind and people by name. A
// meeting that takes no invitations (a draft, or one held or cancelled) says why instead.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InvitePanel } from "@/components/invitation/invite-panel";
import { MeetingSubpage } from "@/components/meeting/subpage-header";
import { EmptyState } from "@/components/ui/empty-state";
import { inviteRefusal } from "@/lib/invitation/invite-rules";
import { organisationOptions } from "@/lib/organisation/service";
import { loadRegisterMeeting, meetingTitleMetadata, type TMeetingPageProps } from "@/lib/page/meeting-page";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = meetingTitleMetadata(loadRegisterMeeting, (meeting) => meeting.title);

export default async function InvitePage({ params }: TMeetingPageProps) {
  const { user, data: meeting } = await loadRegisterMeeting((await params).id);
  const refusal = inviteRefusal(meeting.status);
  const [t, tErrors, tOutbox, organisations] = await Promise.all([
    getTranslations("invitation.invite"),
    getTranslations("invitation.errors"),
    getTranslations("invitation.outbox"),
    refusal ? [] : organisationOptions(user.access),
  ]);
  return (
    <ClientMessages namespaces={["errors", "invitation", "organisation"]}>
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
        {refusal ? (
          <EmptyState title={tErrors(refusal)}>
            <Link href={`/meetings/${meeting.id}`} className="text-blue-800 underline underline-offset-4">
              {t("back")}
            </Link>
          </EmptyState>
        ) : (
          <InvitePanel meetingId={meeting.id} organisations={organisations} />
        )}
      </MeetingSubpage>
    </ClientMessages>
  );
}
