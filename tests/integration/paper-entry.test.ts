// Attendance entered later from the paper sheet: all at once, counted, audited per row, and only
// by those who may run the register (coordinator and another programme's meeting: not found).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { savePaperEntry } from "@/lib/register/service/paper-entry";
import { getUserWithAccess } from "@/lib/user/service";
import { createMeeting, createPerson, createProgramme, createUser, invite } from "../factories";

let programmeId: string;
const access = async (role: "SECRETARIAT" | "COORDINATOR", programme: string) => {
  const user = await createUser({ role, programmeId: programme });
  return { access: (await getUserWithAccess(user.id))!.access, actor: { userId: user.id } };
};
const attendanceOf = async (id: string) => db().invitation.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  programmeId = (await createProgramme()).id;
});

describe("entering the paper sheet", () => {
  it("marks the ticked present at the meeting's start, the others absent when asked, and audits each change", async () => {
    const { access: a, actor } = await access("SECRETARIAT", programmeId);
    const meeting = await createMeeting(programmeId);
    const [ticked, alreadyPresent, untouched, excused] = await Promise.all(
      [0, 1, 2, 3].map(async () => invite(meeting.id, (await createPerson()).id)),
    );
    const signedAt = new Date("2026-01-01T01:00:00Z");
    await db().invitation.update({
      where: { id: alreadyPresent.id },
      data: { attendance: "PRESENT", signedInAt: signedAt },
    });
    await db().invitation.update({ where: { id: excused.id }, data: { attendance: "EXCUSED" } });

    const result = await savePaperEntry(
      a,
      meeting.id,
      { presentIds: [ticked.id, alreadyPresent.id], markOthersAbsent: true, signedInAt: "meetingStart" },
      actor,
    );
    expect(result).toEqual({ changed: 2, present: 1, absent: 1 });
    expect(await attendanceOf(ticked.id)).toMatchObject({
      attendance: "PRESENT",
      signedInAt: meeting.startsAt,
    });
    expect(await attendanceOf(alreadyPresent.id)).toMatchObject({
      attendance: "PRESENT",
      signedInAt: signedAt,
    });
    expect(await attendanceOf(untouched.id)).toMatchObject({ attendance: "ABSENT", signedInAt: null });
    expect((await attendanceOf(excused.id)).attendance).toBe("EXCUSED");
    const audits = await db().auditEvent.findMany({
      where: {
        entity: "Invitation",
        entityId: { in: [ticked.id, alreadyPresent.id, untouched.id, excused.id] },
      },
    });
    expect(audits.map((e) => e.entityId).sort()).toEqual([ticked.id, untouched.id].sort());
    expect(audits.every((e) => e.programmeId === programmeId && e.actorUserId === actor.userId)).toBe(true);
  });

  it("leaves unticked rows alone and records no time unless asked", async () => {
    const { access: a, actor } = await access("SECRETARIAT", programmeId);
    const meeting = await createMeeting(programmeId);
    const ticked = await invite(meeting.id, (await createPerson()).id);
    const other = await invite(meeting.id, (await createPerson()).id);
    const result = await savePaperEntry(a, meeting.id, { presentIds: [ticked.id] }, actor);
    expect(result).toEqual({ changed: 1, present: 1, absent: 0 });
    expect(await attendanceOf(ticked.id)).toMatchObject({ attendance: "PRESENT", signedInAt: null });
    expect((await attendanceOf(other.id)).attendance).toBeNull();
  });

  it("saves nothing when one ticked row belongs to another meeting", async () => {
    const { access: a, actor } = await access("SECRETARIAT", programmeId);
    const meeting = await createMeeting(programmeId);
    const mine = await invite(meeting.id, (await createPerson()).id);
    const foreign = await invite((await createMeeting(programmeId)).id, (await createPerson()).id);
    await expect(
      savePaperEntry(a, meeting.id, { presentIds: [mine.id, foreign.id], markOthersAbsent: true }, actor),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldIssues: { presentIds: [{ key: "register.errors.notOnSheet" }] },
    });
    expect((await attendanceOf(mine.id)).attendance).toBeNull();
    expect((await attendanceOf(foreign.id)).attendance).toBeNull();
  });

  it("refuses a coordinator and another programme's secretariat as not found, changing nothing", async () => {
    const meeting = await createMeeting(programmeId);
    const row = await invite(meeting.id, (await createPerson()).id);
    const coordinator = await access("COORDINATOR", programmeId);
    const outsider = await access("SECRETARIAT", (await createProgramme()).id);
    for (const { access: a, actor } of [coordinator, outsider]) {
      const refused = await savePaperEntry(a, meeting.id, { presentIds: [row.id] }, actor).catch((e) => e);
      expect(refused).toBeInstanceOf(AppError);
      expect(refused.code).toBe("NOT_FOUND");
    }
    expect((await attendanceOf(row.id)).attendance).toBeNull();
    expect(await db().auditEvent.count({ where: { entityId: row.id } })).toBe(0);
  });
});
