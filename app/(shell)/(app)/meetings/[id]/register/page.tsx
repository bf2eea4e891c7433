// The attendance register of one meeting, for the secretariat at the venue (laptop or tablet).
// Before the meeting's day it lists who is invited and says when signing in opens.
import { getLocale, getTranslations } from "next-intl/server";
import { MeetingSubpage } from "@/components/meeting/subpage-header";
import { RegisterScreen } from "@/components/register/register-screen";
import { toLocale } from "@/i18n/locales";
import { formatDate } from "@/lib/format/date";
import { organisationOptions } from "@/lib/organisation/service";
import { loadRegisterMeeting, meetingTitleMetadata, type TMeetingPageProps } from "@/lib/page/meeting-page";
import { delegateOptions } from "@/lib/register/service/register";
import { signInOpensOn } from "@/lib/register/sign-in-day";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = meetingTitleMetadata(loadRegisterMeeting, (meeting) => meeting.title);

export default async function RegisterPage({ params }: TMeetingPageProps) {
  const { user, data: meeting } = await loadRegisterMeeting((await params).id);
  const [t, locale, invitees, organisations] = await Promise.all([
    getTranslations("register"),
    getLocale().then(toLocale),
    delegateOptions(user.access, meeting.id),
    organisationOptions(user.access),
  ]);
  const isBeforeDay = signInOpensOn(meeting) !== null;
  return (
    <ClientMessages namespaces={["errors", "organisation", "people", "register"]}>
      <MeetingSubpage meeting={meeting} back={t("back")} title={t("title")}>
        <RegisterScreen
          meetingId={meeting.id}
          timeZone={meeting.timeZone}
          signInOpensOn={isBeforeDay ? formatDate(meeting.startsAt, locale, meeting.timeZone) : null}
          options={{
            invitees,
            organisations: organisations.map((o) => ({ id: o.id, name: o.name, acronym: o.acronym })),
          }}
        />
      </MeetingSubpage>
    </ClientMessages>
  );
}
