// Shapes of the hand-written demo data, so each data file stays plain and the writer stays generic.
import type {
  ActionStatus,
  AgendaItemKind,
  MeetingStatus,
  OrganisationKind,
  RemarkKind,
  Sex,
} from "../../lib/generated/prisma/client";

export interface TOrganisationSeed {
  key: string;
  name: string;
  acronym: string;
  kind: OrganisationKind;
  /** Key of the ministry a directorate-general sits under. */
  parent?: string;
}

export interface TPersonSeed {
  key: string;
  name: string;
  position: string;
  organisation: string;
  email?: string;
  phone?: string;
  sex: Sex | null;
  /** The language of their e-mails and calendar entries. */
  language: "en" | "id";
}

/** Who was invited and how they answered and attended; expanded into rows by invitations.ts. */
export interface TAttendanceSeed {
  invitedAt: string;
  isHeld: boolean;
  /** Not invited at all (walk-ins and delegates are left out of the invitation list by themselves). */
  notInvited?: string[];
  /** Only for meetings not yet held: who has accepted so far (everyone else is pending). */
  accepted?: string[];
  declined?: string[];
  /** Accepted but did not come. */
  absent?: string[];
  /** Never answered, came anyway. */
  noReply?: string[];
  delegations?: { from: string; to: string }[];
  walkIns?: string[];
}

export interface TAgendaItemSeed {
  kind?: AgendaItemKind;
  title: string;
  presenter?: string;
  plannedMinutes?: number;
  papers?: { title: string; url?: string }[];
}

export interface TRemarkSeed {
  /** Agenda item order (1-based). */
  agenda: number;
  speaker: string;
  kind: RemarkKind;
  summary: string;
  quote?: string;
}

export interface TActionUpdateSeed {
  date: string;
  body: string;
  statusAfter?: ActionStatus;
  /** Sequence number of the later meeting at which the update was reviewed. */
  reviewedAt?: number;
}

export interface TActionItemSeed {
  title: string;
  description?: string;
  ownerOrganisation: string;
  ownerPerson?: string;
  dueDate: string;
  status: ActionStatus;
  closedAt?: string;
  /** Programme output code. */
  output?: string;
  /** Number of the decision that raised it. */
  decision?: number;
  /** Order of the remark that raised it. */
  remark?: number;
  updates?: TActionUpdateSeed[];
}

export interface TMeetingSeed {
  sequenceNumber: number;
  title: string;
  purpose: string;
  startsAt: string;
  endsAt: string;
  venueBuilding?: string;
  venueRoom?: string;
  venueAddress?: string;
  onlineUrl?: string;
  status: MeetingStatus;
  icsSequence: number;
  coChairs: { person: string; capacity: string }[];
  agenda: TAgendaItemSeed[];
  attendance: TAttendanceSeed;
  remarks: TRemarkSeed[];
  decisions: { agenda: number; text: string }[];
  actionItems: TActionItemSeed[];
}
