// The attendance register of one meeting, for the secretariat at the venue (laptop or tablet).
import { getTranslations } from "next-intl/server";
import { MeetingSubpage } from "@/components/meeting/subpage-header";
import { RegisterScreen } from "@/components/register/register-screen";
import { organisationOptions } from "@/lib/organisation/service";
import { loadRegisterMeeting, meetingTitleMetadata, type TMeetingPageProps } from "@/lib/page/meeting-page";
import { delegateOptions } from "@/lib/register/service/register";

export const generateMetadata = meetingTitleMetadata(loadRegisterMeeting, (meeting) => meeting.title);

export default async function RegisterPage({ params }: TMeetingPageProps) {
  const { user, data: meeting } = await loadRegisterMeeting((await params).id);
  const [t, invitees, organisations] = await Promise.all([
    getTranslations("register"),
    delegateOptions(user.access, meeting.id),
    organisationOptions(user.access),
  ]);
  return (
    <MeetingSubpage meeting={meeting} back={t("back")} title={t("title")}>
      <RegisterScreen
        meetingId={meeting.id}
        timeZone={meeting.timeZone}
        options={{
          invitees,
          organisations: organisations.map((o) => ({ id: o.id, name: o.name, acronym: o.acronym })),
        }}
      />
    </MeetingSubpage>
  );
}
