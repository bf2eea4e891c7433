// What the capture screen loads (GET /api/capture/{id}) and polls: the meeting's agenda, who can
// speak or own an action, and the record so far with versions. Types only, safe for the browser.
import type { TActionItem } from "@/lib/action-item/schema";
import type { TDecision } from "@/lib/decision/schema";
import type { TRemark } from "@/lib/remark/schema";

export type TCaptureState = {
  meeting: {
    id: string;
    title: string;
    /** "3rd PSC". */
    label: string;
    status: string;
    timeZone: string;
    startsAt: string;
    /** False once the meeting is cancelled or its minutes adopted. */
    isRecordOpen: boolean;
    /** The user holds record:manage in the programme. */
    canEdit: boolean;
  };
  agenda: { id: string; order: number; title: string; kind: string }[];
  /** Persons on the attendance register: the speakers and action owners to pick from. */
  people: {
    id: string;
    name: string;
    position: string | null;
    organisation: { id: string; name: string; acronym: string | null } | null;
    attendance: "PRESENT" | "ABSENT" | "EXCUSED" | null;
  }[];
  /** Organisations that can own an action: the register's and the programme's partners, by name. */
  organisations: { id: string; name: string; acronym: string | null }[];
  remarks: TRemark[];
  decisions: TDecision[];
  actionItems: TActionItem[];
};
