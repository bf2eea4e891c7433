// One meeting: when and where, co-chairs, agenda, head counts, and (for the secretariat) the next status.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AttendanceStats } from "@/components/attendance/attendance-stats";
import { MeetingAgenda } from "@/components/meeting/meeting-agenda";
import { MeetingStatusBadge } from "@/components/meeting/status-badge";
import { StatusActions } from "@/components/meeting/status-actions";
import { BackLink } from "@/components/ui/back-link";
import { Section } from "@/components/ui/section";
import { toLocale } from "@/i18n/locales";
import { getMeetingAttendanceStats } from "@/lib/attendance/service";
import { can } from "@/lib/auth/permissions";
import { mattersArising } from "@/lib/agenda/service";
import { formatDate, formatTimeRange } from "@/lib/format/date";
import { getMeetingDetail } from "@/lib/meeting/service/detail";
import { statusMovesByHand } from "@/lib/meeting/status";
import { getMinutesAdoption } from "@/lib/minutes/service/adoption";
import { appReviewAccess } from "@/lib/minutes/service/review-access";
import { isAppError } from "@/lib/errors";
import type { TAccess } from "@/lib/auth/permissions";
import { AdoptedFingerprint } from "@/components/minutes/adopted-fingerprint";
import { meetingPageLoader, meetingTitleMetadata, type TMeetingPageProps } from "@/lib/page/meeting-page";
import { meetingName } from "@/lib/meeting/facts";
import { isWebLink } from "@/lib/meeting/online-url";

type TParams = TMeetingPageProps & { searchParams?: Promise<{ saved?: string }> };

/** The meeting, or the 404 page when it is missing or not the user's (one query per request). */
const loadMeeting = meetingPageLoader(["meeting:read", "meeting:read-invited"], getMeetingDetail);

export const generateMetadata = meetingTitleMetadata(loadMeeting, (meeting) => meeting.title);

/** Whether the meeting's draft minutes were circulated to this member, to review in the app. */
const isReviewer = (access: TAccess, meetingId: string) =>
  appReviewAccess(access, meetingId).then(
    () => true,
    (error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND") return false;
      throw error;
    },
  );

export default async function MeetingPage({ params, searchParams }: TParams) {
  const { user, data: m } = await loadMeeting((await params).id);
  const isJustSaved = (await searchParams)?.saved === "1";
  const arising = m.agendaItems.some((i) => i.kind === "MATTERS_ARISING")
    ? await mattersArising(user.access, m.id)
    : [];
  const [t, locale] = await Promise.all([getTranslations("meeting"), getLocale().then(toLocale)]);
  const canManage = can(user.access, "meeting:manage", m.programme.id);
  const canRecord = can(user.access, "record:manage", m.programme.id);
  const ordinal = meetingName(m.kind, m.sequenceNumber, locale);
  const adoption = m.status === "MINUTES_ADOPTED" ? await getMinutesAdoption(user.access, m.id) : null;
  const canReview = m.status.startsWith("MINUTES_") && (await isReviewer(user.access, m.id));

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <BackLink href="/meetings">{t("back")}</BackLink>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-slate-900">
            {ordinal} — {m.title}
          </h1>
          <MeetingStatusBadge status={m.status} />
        </div>
        <p className="text-sm text-slate-600">{m.programme.title}</p>
        {isJustSaved ? (
          <p
            role="status"
            className="rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900"
          >
            {t("saved", { ordinal })}
          </p>
        ) : null}
        <p className="flex flex-wrap gap-4 text-sm">
          {canRecord ? (
            <Link href={`/meetings/${m.id}/capture`} className="font-medium text-blue-800 underline">
              {t("links.capture")}
            </Link>
          ) : null}
          <Link href={`/meetings/${m.id}/outputs`} className="font-medium text-blue-800 underline">
            {t("links.outputs")}
          </Link>
          {canReview ? (
            <Link href={`/meetings/${m.id}/minutes/review`} className="font-medium text-blue-800 underline">
              {(await getTranslations("reviewScreen"))("meetingLink")}
            </Link>
          ) : null}
          {canRecord && (m.status === "MINUTES_IN_REVIEW" || m.status === "MINUTES_ADOPTED") ? (
            <Link
              href={`/meetings/${m.id}/minutes/consolidation`}
              className="font-medium text-blue-800 underline"
            >
              {(await getTranslations("consolidation.page"))("linkFromMeeting")}
            </Link>
          ) : null}
        </p>
        {canManage ? (
          <p className="flex flex-wrap gap-4 text-sm">
            <Link href={`/meetings/${m.id}/edit`} className="text-blue-800 underline">
              {t("links.edit")}
            </Link>
            <Link href={`/meetings/${m.id}/agenda`} className="text-blue-800 underline">
              {t("links.agenda")}
            </Link>
            <Link href={`/meetings/${m.id}/register`} className="text-blue-800 underline">
              {(await getTranslations("register"))("openRegister")}
            </Link>
            <Link href={`/meetings/${m.id}/invite`} className="text-blue-800 underline">
              {(await getTranslations("invitation.invite"))("link")}
            </Link>
          </p>
        ) : null}
      </header>

      <dl className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <div>
          <dt className="text-xs font-semibold uppercase text-slate-600">{t("when")}</dt>
          <dd>{formatDate(m.startsAt, locale, m.timeZone)}</dd>
          <dd className="text-sm text-slate-600">
            {formatTimeRange(m.startsAt, m.endsAt, locale, m.timeZone)}
          </dd>
        </div>
        <div>
          <dt className="text-xs font-semibold uppercase text-slate-600">{t("where")}</dt>
          <dd>{m.venue ?? (m.onlineUrl ? null : t("noVenue"))}</dd>
          {m.onlineUrl ? (
            <dd>
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
            </dd>
          ) : null}
        </div>
        {m.purpose ? (
          <div className="sm:col-span-2">
            <dt className="text-xs font-semibold uppercase text-slate-600">{t("purpose")}</dt>
            <dd className="whitespace-pre-line">{m.purpose}</dd>
          </div>
        ) : null}
      </dl>

      {canManage && statusMovesByHand(m.status).length > 0 ? (
        <StatusActions
          meetingId={m.id}
          status={m.status}
          version={m.version}
          nextStatuses={statusMovesByHand(m.status)}
        />
      ) : null}

      {adoption ? <AdoptedFingerprint adoption={adoption} locale={locale} timeZone={m.timeZone} /> : null}

      <Section id="co-chairs" title={t("coChairs.title")}>
        {m.coChairs.length === 0 ? (
          <p className="text-sm text-slate-600">{t("coChairs.empty")}</p>
        ) : (
          <ul className="space-y-2">
            {m.coChairs.map((c) => (
              <li key={c.personId}>
                <p className="font-medium">{c.name}</p>
                <p className="text-sm text-slate-700">
                  {[c.position, c.organisation?.name].filter(Boolean).join(", ")}
                </p>
                <p className="text-sm italic text-slate-600">{c.capacity}</p>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <MeetingAgenda items={m.agendaItems} mattersArising={arising} />

      <Section id="participants" title={t("counts.title")}>
        <dl className="flex gap-8">
          <div>
            <dt className="text-xs font-semibold uppercase text-slate-600">{t("counts.invited")}</dt>
            <dd className="text-2xl font-semibold">{m.counts.invited}</dd>
          </div>
          <div>
            <dt className="text-xs font-semibold uppercase text-slate-600">{t("counts.present")}</dt>
            <dd className="text-2xl font-semibold">{m.counts.present}</dd>
          </div>
        </dl>
      </Section>

      <section className="mt-8">
        <AttendanceStats stats={(await getMeetingAttendanceStats(user.access, m.id)).stats} />
      </section>
    </article>
  );
}
