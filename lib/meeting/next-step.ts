// What the meeting page offers as the one next step, and which of the meeting's other pages sit
// beside it or in the "More" menu: by status and by what the user may do, as data, so the page
// and its tests agree. Pure.
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { isFinalStatus, statusMovesByHand } from "./status";

/** A page of one meeting, as /meetings/{id}/<path>. */
export const MEETING_PAGES = {
  agenda: "agenda",
  invite: "invite",
  register: "register",
  capture: "capture",
  outputs: "outputs",
  review: "minutes/review",
  consolidation: "minutes/consolidation",
  edit: "edit",
} as const;
export type TMeetingPage = keyof typeof MEETING_PAGES;

export type TNextStep = { kind: "page"; page: TMeetingPage } | { kind: "status"; to: MeetingStatus };

export type TMeetingActionInput = {
  status: MeetingStatus;
  /** meeting:manage in the meeting's programme: agenda, invitations, register, status. */
  canManage: boolean;
  /** record:manage: the capture screen, circulation and consolidation of the minutes. */
  canRecord: boolean;
  /** The draft minutes were circulated to this user for review. */
  isReviewer: boolean;
  agendaItems: number;
  invited: number;
};

export type TMeetingActions = {
  next: TNextStep | null;
  /** Shown as buttons beside the next step: what this status is about. */
  pages: TMeetingPage[];
  /** The status moves by hand that are not the next step (cancelling included). */
  statusMoves: MeetingStatus[];
  /** Everything else the user may open, in the "More" menu. */
  more: TMeetingPage[];
};

const HELD: readonly MeetingStatus[] = ["HELD", "MINUTES_DRAFT", "MINUTES_IN_REVIEW", "MINUTES_ADOPTED"];

/** The pages this user may usefully open for a meeting in this status, in the menu's order. */
function availablePages(input: TMeetingActionInput): TMeetingPage[] {
  const { status, canManage, canRecord, isReviewer } = input;
  const isHeld = HELD.includes(status);
  const isOpen = !isFinalStatus(status);
  const pages: [TMeetingPage, boolean][] = [
    ["review", isReviewer && status.startsWith("MINUTES_")],
    ["agenda", canManage && isOpen],
    // A draft's invite page says to schedule first; once held there is no one left to invite.
    ["invite", canManage && (status === "DRAFT" || status === "SCHEDULED")],
    ["register", canManage && (status === "SCHEDULED" || isHeld)],
    ["capture", canRecord && isOpen && status !== "DRAFT"],
    ["consolidation", canRecord && (status === "MINUTES_IN_REVIEW" || status === "MINUTES_ADOPTED")],
    ["outputs", isHeld],
    ["edit", canManage && isOpen],
  ];
  return pages.filter(([, isAvailable]) => isAvailable).map(([page]) => page);
}

/** The pages each status is about, shown beside the next step; the rest go in the menu. */
const RELEVANT: Record<MeetingStatus, readonly TMeetingPage[]> = {
  DRAFT: ["agenda", "invite"],
  SCHEDULED: ["invite", "register", "agenda"],
  HELD: ["capture", "register", "outputs"],
  MINUTES_DRAFT: ["outputs", "capture"],
  MINUTES_IN_REVIEW: ["review", "consolidation", "outputs", "capture"],
  MINUTES_ADOPTED: ["outputs", "consolidation"],
  CANCELLED: [],
};

/** The one thing to do next, if this user has one: the meeting's stage decides. */
function nextStep(input: TMeetingActionInput, pages: readonly TMeetingPage[]): TNextStep | null {
  const has = (page: TMeetingPage) => pages.includes(page);
  const page = (p: TMeetingPage): TNextStep => ({ kind: "page", page: p });
  // A reviewer's part is their review, whatever else they may do.
  if (has("review")) return page("review");
  switch (input.status) {
    case "DRAFT":
      if (!input.canManage) return null;
      return input.agendaItems === 0 ? page("agenda") : { kind: "status", to: "SCHEDULED" };
    case "SCHEDULED":
      if (!input.canManage) return null;
      return input.invited === 0 ? page("invite") : page("register");
    case "HELD":
      return has("capture") ? page("capture") : null;
    case "MINUTES_DRAFT":
      // Versions are cut and circulated from the minutes page.
      return input.canRecord ? page("outputs") : null;
    case "MINUTES_IN_REVIEW":
      return has("consolidation") ? page("consolidation") : null;
    case "MINUTES_ADOPTED":
      return page("outputs");
    case "CANCELLED":
      return null;
  }
}

export function meetingActions(input: TMeetingActionInput): TMeetingActions {
  const available = availablePages(input);
  const next = nextStep(input, available);
  const rest = available.filter((p) => !(next?.kind === "page" && next.page === p));
  const relevant = RELEVANT[input.status];
  return {
    next,
    pages: relevant.filter((p) => rest.includes(p)),
    statusMoves: input.canManage
      ? statusMovesByHand(input.status).filter((to) => !(next?.kind === "status" && next.to === to))
      : [],
    more: rest.filter((p) => !relevant.includes(p)),
  };
}
