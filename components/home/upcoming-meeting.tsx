// One meeting a member is invited to, on their home: its name, date and time in the meeting's own
// time zone, where it takes place (venue, online link), their answer — and the buttons to change it
// while the meeting still takes answers, or why it no longer does.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MeetingStatusBadge } from "@/components/meeting/status-badge";
import type { TLocale } from "@/i18n/locales";
import { formatDate, formatTimeRange } from "@/lib/format/date";
import type { TUpcomingInvitation } from "@/lib/home/service";
import { meetingHeading, meetingName } from "@/lib/meeting/facts";
import { isWebLink } from "@/lib/meeting/online-url";
import { OwnRsvpForm } from "./own-rsvp-form";

type TProps = { invitation: TUpcomingInvitation; locale: TLocale };

export async function UpcomingMeeting({ invitation, locale }: TProps) {
  const [t, tRsvp] = await Promise.all([getTranslations("home.meeting"), getTranslations("invitation.rsvp")]);
  const { meeting: m } = invitation;
  const name = meetingName(m.kind, m.sequenceNumber, locale);
  return (
    <li className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs font-semibold text-blue-900">
            {name} · {m.programmeTitle}
          </p>
          <h3 className="break-words font-medium text-slate-900">
            {invitation.canOpen ? (
              <Link href={`/meetings/${m.id}`} className="underline-offset-4 hover:underline">
                {m.title}
              </Link>
            ) : (
              m.title
            )}
          </h3>
        </div>
        {m.status !== "SCHEDULED" ? <MeetingStatusBadge status={m.status} /> : null}
      </div>

      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium text-slate-700">{t("when")}</dt>
        <dd>
          {formatDate(m.startsAt, locale, m.timeZone)}
          <br />
          <span className="text-slate-600">{formatTimeRange(m.startsAt, m.endsAt, locale, m.timeZone)}</span>
        </dd>
        <dt className="font-medium text-slate-700">{t("where")}</dt>
        <dd className="min-w-0 break-words">
          {m.venue ?? (m.onlineUrl ? t("online") : t("toBeConfirmed"))}
          {m.onlineUrl ? (
            <>
              <br />
              {isWebLink(m.onlineUrl) ? (
                <a
                  href={m.onlineUrl}
                  className="text-blue-800 underline"
                  rel="noopener noreferrer"
                  target="_blank"
                >
                  {t("joinOnline")}
                </a>
              ) : (
                <span className="break-all">{m.onlineUrl}</span>
              )}
            </>
          ) : null}
        </dd>
        <dt className="font-medium text-slate-700">{t("yourAnswer")}</dt>
        <dd>
          {tRsvp(`status.${invitation.rsvp}`)}
          {invitation.delegatedToName
            ? ` — ${tRsvp("delegatedTo", { name: invitation.delegatedToName })}`
            : null}
        </dd>
      </dl>

      {invitation.canOpen ? null : <p className="text-sm text-slate-600">{t("notConfirmed")}</p>}

      {invitation.canAnswer ? (
        <OwnRsvpForm
          invitationId={invitation.invitationId}
          current={invitation.rsvp}
          meetingName={meetingHeading(m, locale)}
        />
      ) : (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {m.status === "CANCELLED" ? tRsvp("cancelled") : tRsvp("closed")}
        </p>
      )}
    </li>
  );
}
