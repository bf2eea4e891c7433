// The personal RSVP page an invitee reaches from their e-mail: no login, the signed token is the
// credential. A link we did not sign answers 404 with "This link is not valid" (not-found.tsx).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RsvpForm } from "@/components/invitation/rsvp-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { toLocale } from "@/i18n/locales";
import { meetingSummary } from "@/lib/calendar/label";
import { formatDate, formatTimeRange } from "@/lib/format/date";
import { invitationForToken } from "@/lib/invitation/service";
import { venueLine } from "@/lib/meeting/venue";

export const metadata: Metadata = { title: "RSVP", robots: { index: false } };

export default async function RsvpPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await invitationForToken(token);
  if (!invitation) notFound();
  const [t, locale] = await Promise.all([getTranslations("invitation.rsvp"), getLocale().then(toLocale)]);
  const { meeting } = invitation;
  const isCancelled = meeting.status === "CANCELLED";
  const where = venueLine(meeting);

  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10">
      <div className="mb-4 flex justify-end">
        <LanguageSwitch />
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-blue-900">{t("eyebrow")}</p>
        <h1 className="mb-2 text-xl font-semibold">{meetingSummary(meeting, locale)}</h1>
        <p className="mb-4 text-sm text-slate-600">{t("greeting", { name: invitation.person.name })}</p>
        <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium text-slate-700">{t("when")}</dt>
          <dd>
            {formatDate(meeting.startsAt, locale, meeting.timeZone)},{" "}
            {formatTimeRange(meeting.startsAt, meeting.endsAt, locale, meeting.timeZone)}
          </dd>
          <dt className="font-medium text-slate-700">{t("where")}</dt>
          <dd>{where ?? (meeting.onlineUrl ? t("online") : t("toBeConfirmed"))}</dd>
          {meeting.onlineUrl ? (
            <>
              <dt className="font-medium text-slate-700">{t("online")}</dt>
              <dd className="break-all">{meeting.onlineUrl}</dd>
            </>
          ) : null}
          <dt className="font-medium text-slate-700">{t("currentAnswer")}</dt>
          <dd>
            {t(`status.${invitation.rsvp}`)}
            {invitation.delegatedTo
              ? ` — ${t("delegatedTo", { name: invitation.delegatedTo.person.name })}`
              : null}
          </dd>
        </dl>
        {isCancelled ? (
          <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("cancelled")}
          </p>
        ) : (
          <RsvpForm token={token} current={invitation.rsvp === "PENDING" ? null : invitation.rsvp} />
        )}
      </div>
    </main>
  );
}
