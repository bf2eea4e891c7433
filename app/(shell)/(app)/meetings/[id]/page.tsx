// One meeting: its status and the next step first, then its parts as tabs in the address —
// overview, agenda, attendance, decisions and action items, minutes.
import { getLocale, getTranslations } from "next-intl/server";
import { MeetingActions, type TActionLink } from "@/components/meeting/meeting-actions";
import { MeetingAgenda } from "@/components/meeting/meeting-agenda";
import { MeetingAttendance } from "@/components/meeting/meeting-attendance";
import { MeetingHeader } from "@/components/meeting/meeting-header";
import { MeetingMinutes } from "@/components/meeting/meeting-minutes";
import { MeetingOverview } from "@/components/meeting/meeting-overview";
import { MeetingRecord } from "@/components/meeting/meeting-record";
import { meetingTab, MeetingTabs } from "@/components/meeting/meeting-tabs";
import { toLocale } from "@/i18n/locales";
import { meetingActionCounts, meetingActionItems } from "@/lib/action-item/service/register";
import { mattersArising } from "@/lib/agenda/service";
import { can } from "@/lib/auth/permissions";
import type { TAccess } from "@/lib/auth/permissions";
import { countDecisions, decisionRecords } from "@/lib/decision/service";
import { isAppError } from "@/lib/errors";
import { getMeetingDetail } from "@/lib/meeting/service/detail";
import { MEETING_PAGES, meetingActions, type TMeetingPage } from "@/lib/meeting/next-step";
import { hasBeenHeld } from "@/lib/meeting/status";
import { appReviewAccess } from "@/lib/minutes/service/review-access";
import { meetingPageLoader, meetingTitleMetadata, type TMeetingPageProps } from "@/lib/page/meeting-page";
import { ClientMessages } from "@/components/i18n/client-messages";

type TParams = TMeetingPageProps & { searchParams?: Promise<{ saved?: string; tab?: string | string[] }> };

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

/** The open statuses of an action item: not done (verified) and not dropped. */
const OPEN_ACTIONS = ["OPEN", "IN_PROGRESS", "REPORTED_DONE"] as const;

export default async function MeetingPage({ params, searchParams }: TParams) {
  const { user, data: m } = await loadMeeting((await params).id);
  const search = await searchParams;
  const tab = meetingTab(search?.tab);
  const canManage = can(user.access, "meeting:manage", m.programme.id);
  const canRecord = can(user.access, "record:manage", m.programme.id);
  const [locale, tLinks, record, isMemberReviewer] = await Promise.all([
    getLocale().then(toLocale),
    pageLabels(),
    // The rows only on the tab that lists them; the other tabs show counts.
    tab === "record"
      ? Promise.all([decisionRecords.list(user.access, m.id), meetingActionItems(user.access, m.id)]).then(
          ([decisions, actions]) => ({ rows: { decisions, actions }, decisions: decisions.length, actions }),
        )
      : Promise.all([countDecisions(user.access, m.id), meetingActionCounts(user.access, m.id)]).then(
          ([decisions, actions]) => ({ rows: null, decisions, actions }),
        ),
    m.status.startsWith("MINUTES_") ? isReviewer(user.access, m.id) : false,
  ]);
  const actions = record.actions;
  const plan = meetingActions({
    status: m.status,
    canManage,
    canRecord,
    isReviewer: isMemberReviewer,
    agendaItems: m.agendaItems.length,
    invited: m.counts.invited,
  });
  const link = (page: TMeetingPage): TActionLink => ({
    href: `/meetings/${m.id}/${MEETING_PAGES[page]}`,
    label: tLinks[page],
  });
  const openActions = OPEN_ACTIONS.reduce((n, s) => n + actions.counts[s], 0);

  return (
    <ClientMessages namespaces={["meeting", "meetingPage"]}>
      <article className="space-y-6">
        <MeetingHeader
          meeting={m}
          locale={locale}
          isJustSaved={search?.saved === "1"}
          actions={
            <MeetingActions
              meetingId={m.id}
              status={m.status}
              version={m.version}
              next={
                plan.next?.kind === "page" ? { kind: "page", ...link(plan.next.page) } : (plan.next ?? null)
              }
              links={plan.pages.map(link)}
              statusMoves={plan.statusMoves}
              more={plan.more.map(link)}
            />
          }
        />
        <MeetingTabs
          meetingId={m.id}
          current={tab}
          counts={{
            agenda: m.agendaItems.length,
            attendance: hasBeenHeld(m.status) ? m.counts.present : undefined,
            record: record.decisions + actions.total,
          }}
        />
        {tab === "overview" ? (
          <MeetingOverview
            meeting={m}
            decisions={record.decisions}
            actions={{ total: actions.total, open: openActions }}
          />
        ) : tab === "agenda" ? (
          <MeetingAgenda
            items={m.agendaItems}
            mattersArising={
              m.agendaItems.some((i) => i.kind === "MATTERS_ARISING")
                ? await mattersArising(user.access, m.id)
                : []
            }
          />
        ) : tab === "attendance" ? (
          <MeetingAttendance access={user.access} meeting={m} canManage={canManage} />
        ) : record.rows ? (
          <MeetingRecord
            meeting={m}
            decisions={record.rows.decisions}
            actions={record.rows.actions}
            locale={locale}
          />
        ) : (
          <MeetingMinutes access={user.access} meeting={m} locale={locale} />
        )}
      </article>
    </ClientMessages>
  );
}

/** The name of each of the meeting's pages, as its link says it (the same words as elsewhere). */
async function pageLabels(): Promise<Record<TMeetingPage, string>> {
  const [t, tRegister, tInvite, tReview, tConsolidation] = await Promise.all([
    getTranslations("meeting.links"),
    getTranslations("register"),
    getTranslations("invitation.invite"),
    getTranslations("reviewScreen"),
    getTranslations("consolidation.page"),
  ]);
  return {
    agenda: t("agenda"),
    invite: tInvite("link"),
    register: tRegister("openRegister"),
    capture: t("capture"),
    outputs: t("outputs"),
    review: tReview("meetingLink"),
    consolidation: tConsolidation("linkFromMeeting"),
    edit: t("edit"),
  };
}
