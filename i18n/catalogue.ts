// Every message of the screens and e-mails, in both languages, imported statically: one source for
// next-intl on the pages, the API's translated errors, e-mails and calendar entries. Keys are typed
// from the English files, so a key that does not exist is a compile error.
import type { TLocale } from "./locales";
import enActionAccountability from "@/messages/en/action-accountability.json";
import enActionExport from "@/messages/en/action-export.json";
import enActionFeed from "@/messages/en/action-feed.json";
import enActionLink from "@/messages/en/action-link.json";
import enActionItemPage from "@/messages/en/action-item-page.json";
import enActionRegister from "@/messages/en/action-register.json";
import enAttendance from "@/messages/en/attendance.json";
import enBilingual from "@/messages/en/bilingual.json";
import enBundle from "@/messages/en/bundle.json";
import enCapture from "@/messages/en/capture.json";
import enCarryOver from "@/messages/en/carry-over.json";
import enErrors from "@/messages/en/errors.json";
import enHoliday from "@/messages/en/holiday.json";
import enHome from "@/messages/en/home.json";
import enInvitation from "@/messages/en/invitation.json";
import enMail from "@/messages/en/mail.json";
import enMeeting from "@/messages/en/meeting.json";
import enMeetingPage from "@/messages/en/meeting-page.json";
import enMinutesAdoption from "@/messages/en/minutes-adoption.json";
import enMinutesConsolidation from "@/messages/en/minutes-consolidation.json";
import enMinutesReview from "@/messages/en/minutes-review.json";
import enMinutesReviewScreen from "@/messages/en/minutes-review-screen.json";
import enMinutesVersions from "@/messages/en/minutes-versions.json";
import enOrganisation from "@/messages/en/organisation.json";
import enOutputs from "@/messages/en/outputs.json";
import enPeople from "@/messages/en/people.json";
import enProgramme from "@/messages/en/programme.json";
import enRegister from "@/messages/en/register.json";
import enShell from "@/messages/en/shell.json";
import idActionAccountability from "@/messages/id/action-accountability.json";
import idActionExport from "@/messages/id/action-export.json";
import idActionFeed from "@/messages/id/action-feed.json";
import idActionLink from "@/messages/id/action-link.json";
import idActionItemPage from "@/messages/id/action-item-page.json";
import idActionRegister from "@/messages/id/action-register.json";
import idAttendance from "@/messages/id/attendance.json";
import idBilingual from "@/messages/id/bilingual.json";
import idBundle from "@/messages/id/bundle.json";
import idCapture from "@/messages/id/capture.json";
import idCarryOver from "@/messages/id/carry-over.json";
import idErrors from "@/messages/id/errors.json";
import idHoliday from "@/messages/id/holiday.json";
import idHome from "@/messages/id/home.json";
import idInvitation from "@/messages/id/invitation.json";
import idMail from "@/messages/id/mail.json";
import idMeeting from "@/messages/id/meeting.json";
import idMeetingPage from "@/messages/id/meeting-page.json";
import idMinutesAdoption from "@/messages/id/minutes-adoption.json";
import idMinutesConsolidation from "@/messages/id/minutes-consolidation.json";
import idMinutesReview from "@/messages/id/minutes-review.json";
import idMinutesReviewScreen from "@/messages/id/minutes-review-screen.json";
import idMinutesVersions from "@/messages/id/minutes-versions.json";
import idOrganisation from "@/messages/id/organisation.json";
import idOutputs from "@/messages/id/outputs.json";
import idPeople from "@/messages/id/people.json";
import idProgramme from "@/messages/id/programme.json";
import idRegister from "@/messages/id/register.json";
import idShell from "@/messages/id/shell.json";

const en = {
  ...enShell,
  ...enErrors,
  ...enAttendance,
  ...enPeople,
  ...enMeeting,
  ...enMeetingPage,
  ...enInvitation,
  ...enRegister,
  ...enProgramme,
  ...enOrganisation,
  ...enOutputs,
  ...enBundle,
  ...enCapture,
  ...enHoliday,
  ...enHome,
  ...enMinutesVersions,
  ...enMinutesAdoption,
  ...enMinutesReview,
  ...enMinutesReviewScreen,
  ...enMinutesConsolidation,
  ...enActionItemPage,
  ...enActionRegister,
  ...enActionLink,
  ...enCarryOver,
  ...enActionExport,
  ...enActionFeed,
  ...enActionAccountability,
  ...enBilingual,
};

/** The screens' catalogue (what next-intl gives pages and client components). */
export type TMessages = typeof en;

/** Messages of the screens, per language. */
export const SCREEN_MESSAGES: Record<TLocale, TMessages> = {
  en,
  id: {
    ...idShell,
    ...idErrors,
    ...idAttendance,
    ...idPeople,
    ...idMeeting,
    ...idMeetingPage,
    ...idInvitation,
    ...idRegister,
    ...idProgramme,
    ...idOrganisation,
    ...idOutputs,
    ...idBundle,
    ...idCapture,
    ...idHoliday,
    ...idHome,
    ...idMinutesVersions,
    ...idMinutesReview,
    ...idMinutesReviewScreen,
    ...idMinutesConsolidation,
    ...idMinutesAdoption,
    ...idActionItemPage,
    ...idActionRegister,
    ...idActionLink,
    ...idCarryOver,
    ...idActionExport,
    ...idActionFeed,
    ...idActionAccountability,
    ...idBilingual,
  },
};

/** Wording of e-mails and calendar entries: server-side only, never sent with the screens. */
export const MAIL_MESSAGES = { en: enMail, id: idMail } satisfies Record<TLocale, unknown>;

type TLeaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : TLeaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the screens' catalogue ("meeting.errors.titleRequired"). */
export type TMessageKey = TLeaves<TMessages>;
