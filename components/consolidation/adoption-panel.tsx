// Adoption at a later meeting, for a programme whose terms of reference use it: the later meetings
// of the programme with the agenda item "adoption of the minutes of the previous meeting" to choose
// from, and the form to record that one of them adopted the latest version.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import type { TLocale } from "@/i18n/locales";
import { formatDate } from "@/lib/format/date";
import { meetingName } from "@/lib/meeting/facts";
import type { MeetingKind } from "@/lib/generated/prisma/enums";
import { AdoptForm } from "./adopt-form";

type TLaterMeeting = {
  id: string;
  kind: MeetingKind;
  sequenceNumber: number;
  title: string;
  startsAt: Date;
  timeZone: string;
};

type TProps = {
  meetingId: string;
  /** The latest version's number. */
  latest: number;
  /** The meeting is in review: a version went out and adoption may follow. */
  isInReview: boolean;
  laterMeetings: TLaterMeeting[];
  locale: TLocale;
};

export async function AdoptionPanel({ meetingId, latest, isInReview, laterMeetings, locale }: TProps) {
  const t = await getTranslations("consolidation.adoption");
  const options = laterMeetings.map((m) => ({
    id: m.id,
    label: t("meetingOption", {
      name: meetingName(m.kind, m.sequenceNumber, locale),
      title: m.title,
      date: formatDate(m.startsAt, locale, m.timeZone),
    }),
  }));
  return (
    <Section id="adoption-heading" title={t("heading")} intro={t("intro")} isBoxed className="space-y-3">
      {!isInReview ? (
        <p className="text-sm text-slate-700">{t("notInReview")}</p>
      ) : options.length === 0 ? (
        <p className="text-sm text-slate-700">
          {t("noMeeting")}{" "}
          <Link href="/meetings" className="font-medium text-blue-800 underline">
            {t("meetingsLink")}
          </Link>
        </p>
      ) : (
        <AdoptForm meetingId={meetingId} number={latest} meetings={options} />
      )}
    </Section>
  );
}
