// The draft minutes' versions over the API: the draft (version 1) from a held meeting only, frozen
// snapshots that a later edit of the record never changes, the diff of two versions, numbers that
// never collide when two secretariat users cut at once, adoption closing it, and who may do what.
import { describe, expect, it } from "vitest";
import * as versionsRoute from "@/app/api/v1/meetings/[id]/minutes/versions/route";
import * as versionRoute from "@/app/api/v1/meetings/[id]/minutes/versions/[n]/route";
import * as diffRoute from "@/app/api/v1/meetings/[id]/minutes/diff/route";
import * as decisionRoute from "@/app/api/v1/meetings/[id]/decisions/[decisionId]/route";
import { db } from "@/lib/db";
import { buildMinutesOutline } from "@/lib/minutes/outline";
import type { TMeetingRecord } from "@/lib/minutes/record-schema";
import {
  createMeeting,
  createOrganisation,
  createPerson,
  createUserToken,
  invite,
  programmeWithSecretariat,
} from "../factories";
import { apiRequest } from "../support/call-route";

const { programmeId, secretariat, coordinator, outsider } = await programmeWithSecretariat();
const secretariat2 = await createUserToken({ role: "SECRETARIAT", programmeId });

const p = <T>(params: T) => ({ params: Promise.resolve(params) });
const base = (id: string) => `/api/v1/meetings/${id}/minutes`;

const cut = (token: string, meetingId: string, body: unknown = {}) =>
  versionsRoute.POST(
    apiRequest(`${base(meetingId)}/versions`, { method: "POST", token, body }),
    p({ id: meetingId }),
  );
const list = (token: string, meetingId: string) =>
  versionsRoute.GET(apiRequest(`${base(meetingId)}/versions`, { token }), p({ id: meetingId }));
const getVersion = (token: string, meetingId: string, n: string) =>
  versionRoute.GET(apiRequest(`${base(meetingId)}/versions/${n}`, { token }), p({ id: meetingId, n }));
const diff = (token: string, meetingId: string, from: number, to: number) =>
  diffRoute.GET(apiRequest(`${base(meetingId)}/diff?from=${from}&to=${to}`, { token }), p({ id: meetingId }));

/** A held meeting with one present participant who made a remark, and one decision. */
async function heldMeeting(status: "HELD" | "SCHEDULED" = "HELD") {
  const meeting = await createMeeting(programmeId, { status });
  const speaker = await createPerson((await createOrganisation()).id);
  await invite(meeting.id, speaker.id);
  await db().invitation.updateMany({ where: { meetingId: meeting.id }, data: { attendance: "PRESENT" } });
  const remark = await db().remark.create({
    data: { meetingId: meeting.id, speakerPersonId: speaker.id, order: 1, summary: "Supports the plan." },
  });
  const decision = await db().decision.create({
    data: { meetingId: meeting.id, number: 1, text: "The work plan is approved." },
  });
  return { meeting, speaker, remark, decision };
}

const auditOf = (entity: string, entityId?: string) =>
  db().auditEvent.findMany({ where: { entity, ...(entityId ? { entityId } : {}) }, orderBy: { at: "asc" } });

describe("the draft minutes", () => {
  it("are created from a held meeting as version 1, which moves the meeting to MINUTES_DRAFT, audited", async () => {
    const { meeting, decision } = await heldMeeting();
    const res = await cut(secretariat, meeting.id);
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ number: 1, note: null, createdBy: { name: expect.any(String) } });

    const after = await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    expect(after.status).toBe("MINUTES_DRAFT");
    expect(after.version).toBe(meeting.version + 1);

    const v1 = await (await getVersion(coordinator, meeting.id, "1")).json();
    const content = v1.content as TMeetingRecord;
    expect(content.decisions.map((d) => d.text)).toEqual([decision.text]);
    expect(content.meeting.status).toBe("MINUTES_DRAFT");
    expect(content.minutes).toEqual({ status: "DRAFT", latestVersion: 1, adoptedAt: null });
    // Language-neutral data: either language renders the same version.
    for (const locale of ["en", "id"] as const) {
      const outline = buildMinutesOutline(content, locale);
      // The English record, quoted as recorded in the Indonesian minutes (no Indonesian wording).
      expect(JSON.stringify(outline)).toContain(
        locale === "en" ? "The work plan is approved." : "“The work plan is approved”",
      );
    }

    const version = await db().minutesVersion.findFirstOrThrow({
      where: { minutes: { meetingId: meeting.id } },
    });
    expect((await auditOf("MinutesVersion", version.id)).map((e) => [e.action, e.after])).toEqual([
      ["CREATE", expect.objectContaining({ meetingId: meeting.id, number: 1, note: null })],
    ]);
    const moves = (await auditOf("Meeting", meeting.id)).filter((e) => e.action === "UPDATE");
    expect(moves.map((e) => [e.before, e.after])).toEqual([
      [expect.objectContaining({ status: "HELD" }), expect.objectContaining({ status: "MINUTES_DRAFT" })],
    ]);
    expect(await auditOf("Minutes", version.minutesId)).toHaveLength(1);
  });

  it("are refused for a meeting not held yet (409), and nothing is written", async () => {
    const { meeting } = await heldMeeting("SCHEDULED");
    const res = await cut(secretariat, meeting.id);
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatchObject({
      code: "CONFLICT",
      messageKey: "minutesVersions.errors.notHeld",
    });
    expect(await db().minutes.count({ where: { meetingId: meeting.id } })).toBe(0);
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe("SCHEDULED");
    expect(await db().auditEvent.count({ where: { entityId: meeting.id } })).toBe(0);
  });
});

describe("versions", () => {
  it("are frozen: an edit of the record after cutting leaves v1 as it was; v2 has it, and the diff shows exactly it", async () => {
    const { meeting, decision } = await heldMeeting();
    expect((await cut(secretariat, meeting.id)).status).toBe(201);
    const v1Before = await (await getVersion(secretariat, meeting.id, "1")).json();

    const edited = await decisionRoute.PATCH(
      apiRequest(`/api/v1/meetings/${meeting.id}/decisions/${decision.id}`, {
        method: "PATCH",
        token: secretariat,
        body: { version: 1, text: "The work plan is approved as amended." },
      }),
      p({ id: meeting.id, decisionId: decision.id }),
    );
    expect(edited.status).toBe(200);
    expect(await (await getVersion(secretariat, meeting.id, "1")).json()).toEqual(v1Before);

    // The next version needs a note of what changed.
    const noNote = await cut(secretariat, meeting.id, {});
    expect(noNote.status).toBe(400);
    expect((await noNote.json()).error.fieldErrors).toHaveProperty("note");

    const v2 = await cut(secretariat, meeting.id, { note: "Decision 1 amended", number: 2 });
    expect(v2.status).toBe(201);
    expect(await v2.json()).toMatchObject({ number: 2, note: "Decision 1 amended" });

    const d = await (await diff(coordinator, meeting.id, 1, 2)).json();
    expect(d).toMatchObject({ from: 1, to: 2, isSame: false });
    const nonEmpty = d.sections.filter(
      (s: { added: unknown[]; removed: unknown[]; changed: unknown[] }) =>
        s.added.length + s.removed.length + s.changed.length > 0,
    );
    expect(nonEmpty).toEqual([
      {
        section: "decisions",
        added: [],
        removed: [],
        changed: [
          {
            id: decision.id,
            label: "The work plan is approved as amended.",
            changes: [
              {
                field: "text",
                before: "The work plan is approved.",
                after: "The work plan is approved as amended.",
              },
            ],
          },
        ],
      },
    ]);

    const listed = await (await list(coordinator, meeting.id)).json();
    expect(listed).toMatchObject({ meetingId: meeting.id, status: "DRAFT" });
    expect(listed.data.map((v: { number: number; note: string | null }) => [v.number, v.note])).toEqual([
      [1, null],
      [2, "Decision 1 amended"],
    ]);
  });

  it("cut at once by two secretariat users get distinct numbers, nothing lost", async () => {
    const { meeting } = await heldMeeting();
    expect((await cut(secretariat, meeting.id)).status).toBe(201);
    const answers = await Promise.all([
      cut(secretariat, meeting.id, { note: "First editor" }),
      cut(secretariat2, meeting.id, { note: "Second editor" }),
    ]);
    expect(answers.map((r) => r.status)).toEqual([201, 201]);
    const numbers = (await Promise.all(answers.map((r) => r.json()))).map((v) => v.number).sort();
    expect(numbers).toEqual([2, 3]);
    const stored = await db().minutesVersion.findMany({
      where: { minutes: { meetingId: meeting.id } },
      orderBy: { number: "asc" },
    });
    expect(stored.map((v) => v.number)).toEqual([1, 2, 3]);
    expect(new Set(stored.map((v) => v.note))).toEqual(new Set([null, "First editor", "Second editor"]));
    expect(
      await db().auditEvent.count({
        where: { entity: "MinutesVersion", entityId: { in: stored.map((v) => v.id) } },
      }),
    ).toBe(3);
  });

  it("cut at once as 'version 2' by both: one wins, the other gets 409 and writes nothing", async () => {
    const { meeting } = await heldMeeting();
    expect((await cut(secretariat, meeting.id)).status).toBe(201);
    const answers = await Promise.all([
      cut(secretariat, meeting.id, { note: "First editor", number: 2 }),
      cut(secretariat2, meeting.id, { note: "Second editor", number: 2 }),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    const refused = await answers.find((r) => r.status === 409)!.json();
    expect(refused.error.messageKey).toBe("minutesVersions.errors.cutMeanwhile");
    const stored = await db().minutesVersion.findMany({ where: { minutes: { meetingId: meeting.id } } });
    expect(stored.map((v) => v.number).sort()).toEqual([1, 2]);
    expect(
      await db().auditEvent.count({
        where: { entity: "MinutesVersion", entityId: { in: stored.map((v) => v.id) } },
      }),
    ).toBe(2);
  });

  it("are refused once the minutes are adopted (409)", async () => {
    const { meeting } = await heldMeeting();
    expect((await cut(secretariat, meeting.id)).status).toBe(201);
    await db().minutes.update({
      where: { meetingId: meeting.id },
      data: { status: "ADOPTED", adoptedAt: new Date() },
    });
    const res = await cut(secretariat, meeting.id, { note: "Too late" });
    expect(res.status).toBe(409);
    expect((await res.json()).error.messageKey).toBe("minutesVersions.errors.adopted");
    expect(await db().minutesVersion.count({ where: { minutes: { meetingId: meeting.id } } })).toBe(1);
  });

  it("a version saved in the demo data's older snapshot format is not compared entry by entry (409)", async () => {
    const { meeting } = await heldMeeting();
    expect((await cut(secretariat, meeting.id)).status).toBe(201);
    await db().minutesVersion.updateMany({
      where: { minutes: { meetingId: meeting.id }, number: 1 },
      data: { content: { format: "notulen.minutes-snapshot/1", attendance: { present: 1 } } },
    });
    expect((await cut(secretariat, meeting.id, { note: "After the demo format" })).status).toBe(201);
    const res = await diff(secretariat, meeting.id, 1, 2);
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatchObject({
      messageKey: "minutesVersions.errors.notComparable",
      params: { number: 1 },
    });
    expect((await diff(secretariat, meeting.id, 2, 2)).status).toBe(200);
  });

  it("a version or a diff that does not exist is a 404, like a meeting one may not see", async () => {
    const { meeting } = await heldMeeting();
    expect((await cut(secretariat, meeting.id)).status).toBe(201);
    for (const n of ["2", "0", "abc", "99999999999"]) {
      const res = await getVersion(secretariat, meeting.id, n);
      expect(res.status, n).toBe(404);
      expect((await res.json()).error.messageKey).toBe("errors.notFound.minutesVersion");
    }
    expect((await diff(secretariat, meeting.id, 1, 2)).status).toBe(404);
    expect((await diff(secretariat, meeting.id, 1, 1)).status).toBe(200);
  });
});

describe("who may", () => {
  it("the secretariat cuts; the coordinator and invited members read; another programme's secretariat gets 404", async () => {
    const { meeting } = await heldMeeting();
    const memberPerson = await createPerson();
    await db().invitation.create({
      data: { meetingId: meeting.id, personId: memberPerson.id, invitedAt: new Date() },
    });
    const member = await createUserToken({ role: "MEMBER", programmeId, personId: memberPerson.id });

    for (const token of [coordinator, member, outsider])
      expect((await cut(token, meeting.id)).status).toBe(404);
    expect(await db().minutes.count({ where: { meetingId: meeting.id } })).toBe(0);
    expect((await cut(secretariat, meeting.id)).status).toBe(201);

    for (const token of [coordinator, member]) {
      expect((await list(token, meeting.id)).status).toBe(200);
      expect((await getVersion(token, meeting.id, "1")).status).toBe(200);
    }
    const hidden = await list(outsider, meeting.id);
    expect(hidden.status).toBe(404);
    expect((await hidden.json()).error.messageKey).toBe("errors.notFound.meeting");
    expect((await getVersion(outsider, meeting.id, "1")).status).toBe(404);
    expect((await diff(outsider, meeting.id, 1, 1)).status).toBe(404);
  });
});
