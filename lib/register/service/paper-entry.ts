// Attendance entered after the meeting from the signed paper sheet: every ticked row present,
// optionally the others absent, saved all at once in one transaction with an audit event per row.
import "server-only";
import { db } from "@/lib/db";
import type { TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { planPaperEntry } from "../paper-entry-plan";
import { ZPaperEntry, type TPaperEntry, type TPaperEntryResult } from "../schema";
import { AUDIT_SELECT, assertRegisterWritable } from "./register";
import { getSheetMeeting } from "./sign-in-sheet";

export async function savePaperEntry(
  access: TAccess,
  meetingId: string,
  input: TPaperEntry,
  actor: TActor,
): Promise<TPaperEntryResult> {
  const data = parseInput(ZPaperEntry, input);
  return db().$transaction(async (tx) => {
    const meeting = await getSheetMeeting(access, meetingId, tx);
    assertRegisterWritable(meeting);
    // Only the rows of the sheet (invitees of this meeting) can be ticked; anything else is refused whole.
    const rows = await tx.invitation.findMany({
      where: { meetingId: meeting.id, isWalkIn: false },
      select: AUDIT_SELECT,
    });
    const known = new Set(rows.map((r) => r.id));
    const unknown = data.presentIds.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw AppError.invalidField("presentIds", "register.errors.notOnSheet");
    }
    const plan = planPaperEntry(rows, data, meeting.startsAt);
    for (const change of plan) {
      // The attendance in the `where` lets a row changed meanwhile at the venue win over the paper.
      const updated = await tx.invitation.updateMany({
        where: { id: change.id, attendance: change.before.attendance },
        data: change.after,
      });
      if (updated.count === 0) {
        throw AppError.conflict("register.errors.registerChanged");
      }
      await recordAudit(tx, {
        actor,
        entity: "Invitation",
        entityId: change.id,
        action: "UPDATE",
        programmeId: meeting.programmeId,
        before: auditJson(change.before),
        after: auditJson({ ...change.before, ...change.after }),
      });
    }
    return {
      changed: plan.length,
      present: plan.filter((c) => c.after.attendance === "PRESENT").length,
      absent: plan.filter((c) => c.after.attendance === "ABSENT").length,
    };
  });
}
