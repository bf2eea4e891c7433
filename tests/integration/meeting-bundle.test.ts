// The meeting bundle through the real routes: export → import into an empty second database →
// export again gives the same document; importing next to existing people matches them; a bad
// bundle is refused whole with every problem listed and nothing saved; 409 and 404 where due; an
// imported remark is audited exactly like one captured on the screen.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/meetings/[id]/export/route";
import { POST as captureRemark } from "@/app/api/v1/meetings/[id]/remarks/route";
import { POST as importRoute } from "@/app/api/v1/meetings/import/route";
import type { TAccess } from "@/lib/auth/permissions";
import { importMeetingBundleWith } from "@/lib/bundle/service/import";
import { readMeetingBundle } from "@/lib/bundle/service/read";
import { ZMeetingBundle, type TMeetingBundle } from "@/lib/bundle/schema";
import { db, type Prisma, type PrismaClient } from "@/lib/db";
import type { AuditEvent } from "@/lib/generated/prisma/client";
import type { AgendaItemKind, OrganisationKind, RemarkKind, Sex } from "@/lib/generated/prisma/enums";
import { createPrismaClient } from "@/lib/db/client";
import { createProgramme, createUserToken } from "../factories";
import { callRoute } from "../support/call-route";
import { createDatabase, dropDatabase, uniqueName } from "../support/test-database";

const exportBundle = (token: string, id: string) =>
  callRoute(exportRoute, `/api/v1/meetings/${id}/export`, { token, params: { id } });
const importBundle = (token: string, body: unknown, language = "en") =>
  callRoute(importRoute, "/api/v1/meetings/import", {
    method: "POST",
    token,
    // Always as JSON, so that a string stands for a JSON string (not for broken JSON).
    body: JSON.stringify(body),
    headers: { "accept-language": language },
  });
/** The bundle without `exportedAt`, the one field that differs between two exports. */
const withoutTime = (bundle: TMeetingBundle) => ({ ...bundle, exportedAt: undefined });
const clone = (b: TMeetingBundle): TMeetingBundle => structuredClone(b);
const counts = async (client: PrismaClient) => ({
  meetings: await client.meeting.count(),
  people: await client.person.count(),
  organisations: await client.organisation.count(),
  remarks: await client.remark.count(),
  outputs: await client.programmeOutput.count(),
  audit: await client.auditEvent.count(),
});

/** A meeting with everything a bundle holds: a directorate under its ministry, co-chairs, a generated agenda item, invited, walk-in and delegate attendance, remarks with and without quotes, decisions and linked action items. */
async function seedRichMeeting() {
  const org = (name: string, acronym: string | null, kind: OrganisationKind, parentId?: string) =>
    db().organisation.create({ data: { name, acronym, kind, parentId } });
  const ministry = await org("Ministry of National Development Planning", "Bappenas", "GOVERNMENT_MINISTRY");
  const directorate = await org("Directorate of Social Protection", null, "GOVERNMENT_MINISTRY", ministry.id);
  const undp = await org("United Nations Development Programme", "UNDP", "UN_ENTITY");
  const unicef = await org("United Nations Children's Fund", "UNICEF", "UN_ENTITY");
  const cso = await org("Perkumpulan Prakarsa", null, "CIVIL_SOCIETY");
  const programme = await db().programme.create({
    data: {
      title: "Joint Programme on Adaptive Social Protection",
      shortTitle: "JP ASP",
      country: "Indonesia",
      fund: "Joint SDG Fund",
      conveningAgencyId: undp.id,
      startDate: new Date("2023-01-01T00:00:00Z"),
      durationMonths: 24,
      sdgGoals: [1, 5, 13],
      nationalFramework: "RPJMN 2020–2024",
      participatingOrganisations: { create: [{ organisationId: undp.id }, { organisationId: unicef.id }] },
      outputs: {
        create: [
          { code: "1.1", title: "Registry integrated" },
          { code: "2", kind: "OUTCOME", title: "Shock-responsive benefits" },
        ],
      },
    },
    include: { outputs: true },
  });
  const person = (
    name: string,
    organisationId: string,
    email: string | null,
    sex: Sex | null,
    position?: string,
  ) => db().person.create({ data: { name, organisationId, email, sex, position } });
  const deputy = await person(
    "Vivi Yulaswati",
    ministry.id,
    "vivi@bappenas.test",
    "FEMALE",
    "Deputy Minister",
  );
  await db().person.update({ where: { id: deputy.id }, data: { language: "id" } });
  const director = await person("Maliki", directorate.id, "maliki@bappenas.test", "MALE", "Director");
  const staff = await person("Rahmat Hidayat", directorate.id, null, "MALE", "Analyst");
  const rc = await person("Valerie Julliand", undp.id, "rc@un.test", "FEMALE", "Resident Coordinator");
  const rep = await person("Maniza Zaman", unicef.id, "mzaman@unicef.test", "FEMALE");
  const walkIn = await person("Dwi Astuti", cso.id, null, null);
  const meeting = await db().meeting.create({
    data: {
      programmeId: programme.id,
      sequenceNumber: 4,
      title: "Annual review 2024",
      purpose: "Review progress and approve the workplan",
      startsAt: new Date("2024-03-14T02:00:00Z"),
      endsAt: new Date("2024-03-14T06:00:00Z"),
      venueBuilding: "Bappenas",
      venueRoom: "Ruang Rapat SS",
      onlineUrl: "https://meet.example.test/psc4",
      status: "HELD",
      coChairs: {
        create: [
          { personId: deputy.id, capacity: "representative of the Government", order: 0 },
          { personId: rc.id, capacity: "UN Resident Coordinator", order: 1 },
        ],
      },
    },
  });
  const meetingId = meeting.id;
  const item = (order: number, title: string, kind: AgendaItemKind = "REGULAR", extra = {}) =>
    db().agendaItem.create({ data: { meetingId, order, title, kind, ...extra } });
  const adoption = await item(1, "Adoption of the minutes of the 3rd PSC", "ADOPTION_OF_PREVIOUS_MINUTES");
  const progress = await item(2, "Progress report", "REGULAR", {
    presenterPersonId: rep.id,
    plannedMinutes: 30,
    papers: {
      create: [{ title: "Progress report 2023", url: "https://docs.test/p.pdf" }, { title: "Annex" }],
    },
  });
  const workplan = await item(3, "Workplan 2024");
  const at = new Date("2024-03-01T03:00:00Z");
  const signed = new Date("2024-03-14T01:45:00Z");
  const invite = (personId: string, data: Partial<Prisma.InvitationUncheckedCreateInput> = {}) =>
    db().invitation.create({
      data: { meetingId, personId, invitedAt: at, rsvp: "ACCEPTED", rsvpAt: at, ...data },
    });
  await invite(deputy.id, { attendance: "PRESENT", signedInAt: signed });
  await invite(rc.id, { attendance: "PRESENT", signedInAt: signed });
  await invite(rep.id, { attendance: "PRESENT" });
  const delegate = await invite(staff.id, { attendance: "PRESENT", delegateOfPersonId: director.id });
  await invite(director.id, { rsvp: "DELEGATED", delegatedToId: delegate.id, attendance: "ABSENT" });
  await invite(walkIn.id, {
    isWalkIn: true,
    invitedAt: null,
    rsvp: "PENDING",
    rsvpAt: null,
    attendance: "PRESENT",
  });
  const remark = (order: number, speakerPersonId: string, kind: RemarkKind, summary: string, extra = {}) =>
    db().remark.create({ data: { meetingId, order, speakerPersonId, kind, summary, ...extra } });
  await remark(1, deputy.id, "OPENING", "Opened the meeting", { quote: "Nobody is left behind." });
  await remark(2, rc.id, "STATEMENT", "Welcomed the progress", { quote: "A model for the region." });
  const asked = await remark(3, rep.id, "STATEMENT", "Asked for a revised workplan", {
    agendaItemId: progress.id,
  });
  await remark(4, staff.id, "RESPONSE", "Will revise the workplan", { agendaItemId: progress.id });
  const d1 = await db().decision.create({
    data: { meetingId, number: 1, text: "Minutes adopted", agendaItemId: adoption.id },
  });
  const d2 = await db().decision.create({
    data: { meetingId, number: 2, text: "Workplan approved", agendaItemId: workplan.id },
  });
  const action = (data: Omit<Prisma.ActionItemUncheckedCreateInput, "meetingId" | "programmeId">) =>
    db().actionItem.create({ data: { meetingId, programmeId: programme.id, ...data } });
  await action({
    title: "Share the revised workplan",
    ownerOrganisationId: directorate.id,
    ownerPersonId: staff.id,
    dueDate: new Date("2024-04-30T00:00:00Z"),
    remarkId: asked.id,
    outputId: programme.outputs[0].id,
  });
  await action({ title: "Circulate the minutes", decisionId: d1.id, status: "DONE", closedAt: signed });
  await action({
    title: "Prepare the annual report",
    ownerOrganisationId: undp.id,
    decisionId: d2.id,
    agendaItemId: workplan.id,
  });
  const ids = [programme.id, meetingId, ministry.id, directorate.id, deputy.id, staff.id, asked.id, d1.id];
  return { programmeId: programme.id, meetingId, ids };
}

/** A large meeting for the timing check: `people` attendees, `remarks` remarks. */
function syntheticBundle(people: number, remarks: number): TMeetingBundle {
  const keys = Array.from({ length: people }, (_, i) => `person-${i + 1}`);
  return ZMeetingBundle.parse({
    format: "notulen.meeting-bundle",
    version: 1,
    programme: { title: "Large programme", country: "Indonesia" },
    organisations: [{ key: "org-1", name: "Large Ministry", kind: "GOVERNMENT_MINISTRY" }],
    people: keys.map((key, i) => ({
      key,
      name: `Participant ${i + 1}`,
      organisation: "org-1",
      email: `p${i}@large.test`,
    })),
    meeting: {
      kind: "PSC",
      sequenceNumber: 1,
      title: "Large meeting",
      startsAt: "2025-01-10T02:00:00Z",
      endsAt: "2025-01-10T05:00:00Z",
      timeZone: "Asia/Jakarta",
      status: "HELD",
    },
    attendance: keys.map((person) => ({ person, attendance: "PRESENT" })),
    remarks: Array.from({ length: remarks }, (_, i) => ({
      key: `remark-${i + 1}`,
      speaker: keys[i % people],
      summary: `Remark ${i + 1}`,
      order: i + 1,
    })),
  });
}

let seeded: Awaited<ReturnType<typeof seedRichMeeting>>;
let secretariat: string;
let member: string;
let outsider: string;
let original: TMeetingBundle;
let secondName: string;
let second: PrismaClient;
let secondAccess: TAccess;

beforeAll(async () => {
  seeded = await seedRichMeeting();
  const otherProgramme = await createProgramme();
  secretariat = await createUserToken({ role: "SECRETARIAT", programmeId: seeded.programmeId });
  member = await createUserToken({ role: "MEMBER", programmeId: seeded.programmeId });
  outsider = await createUserToken({ role: "SECRETARIAT", programmeId: otherProgramme.id });
  const res = await exportBundle(secretariat, seeded.meetingId);
  expect(res.status).toBe(200);
  original = await res.json();

  secondName = uniqueName("notulen_bundle");
  second = createPrismaClient({ url: await createDatabase(secondName, inject("templateDatabase")) });
  const admin = await second.user.create({
    data: { email: "admin@second.test", name: "Second admin", globalRole: "ADMIN" },
  });
  secondAccess = { userId: admin.id, personId: null, globalRole: "ADMIN", memberships: new Map() };
});

afterAll(async () => {
  await second?.$disconnect();
  if (secondName) await dropDatabase(secondName);
});

describe("export", () => {
  it("sends the meeting as a valid bundle file with bundle keys, never database ids", async () => {
    const res = await exportBundle(secretariat, seeded.meetingId);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="meeting-4th-psc-annual-review-2024.json"',
    );
    expect(ZMeetingBundle.safeParse(original).success).toBe(true);
    expect(original).toMatchObject({ format: "notulen.meeting-bundle", version: 1 });
    const text = JSON.stringify(original);
    for (const id of seeded.ids) expect(text).not.toContain(id);
    expect(original.organisations.map((o) => o.name)).toEqual(
      [...original.organisations.map((o) => o.name)].sort(),
    );
    const directorate = original.organisations.find((o) => o.name.startsWith("Directorate"))!;
    expect(original.organisations.find((o) => o.key === directorate.parent)?.name).toBe(
      "Ministry of National Development Planning",
    );
    expect(original.agendaItems.map((a) => a.kind)).toContain("ADOPTION_OF_PREVIOUS_MINUTES");
    expect(original.people.find((p) => p.name === "Vivi Yulaswati")?.language).toBe("id");
    expect(original.attendance.some((a) => a.isWalkIn)).toBe(true);
    expect(original.attendance.some((a) => a.delegatedTo && a.rsvp === "DELEGATED")).toBe(true);
    expect(original.actionItems.some((a) => a.remark) && original.actionItems.some((a) => a.decision)).toBe(
      true,
    );
  });

  it("answers 404 to a member who is not invited, to another programme's secretariat and for a missing meeting", async () => {
    expect((await exportBundle(member, seeded.meetingId)).status).toBe(404);
    expect((await exportBundle(outsider, seeded.meetingId)).status).toBe(404);
    expect((await exportBundle(secretariat, "no-such-meeting")).status).toBe(404);
  });
});

describe("import into an empty database", () => {
  it("recreates the meeting so that exporting it again gives the same bundle, with one audit event per record", async () => {
    const result = await importMeetingBundleWith(second, secondAccess, original, {
      userId: secondAccess.userId,
    });
    expect(result.created).toMatchObject({
      programme: 1,
      outputs: original.programme.outputs.length,
      organisations: original.organisations.length,
      people: original.people.length,
      meeting: 1,
      attendance: original.attendance.length,
      remarks: original.remarks.length,
      decisions: original.decisions.length,
      actionItems: original.actionItems.length,
    });
    expect(result.matched).toEqual({ programme: 0, outputs: 0, organisations: 0, people: 0 });
    const again = await readMeetingBundle(second, secondAccess, result.meetingId);
    expect(withoutTime(again)).toEqual(withoutTime(original));

    const remarks = await second.remark.findMany({
      where: { meetingId: result.meetingId },
      select: { id: true },
    });
    const events = await second.auditEvent.findMany({
      where: { entity: "Remark", entityId: { in: remarks.map((r) => r.id) } },
    });
    expect(events).toHaveLength(original.remarks.length);
    expect(events.every((e) => e.action === "CREATE" && e.actorUserId === secondAccess.userId)).toBe(true);
    expect(await second.auditEvent.count({ where: { entity: "Meeting", entityId: result.meetingId } })).toBe(
      1,
    );
  });

  it("imports a 60-attendee, 40-remark meeting in one go", async () => {
    const started = Date.now();
    const result = await importMeetingBundleWith(second, secondAccess, syntheticBundle(60, 40), {
      userId: secondAccess.userId,
    });
    expect(result.created).toMatchObject({ people: 60, attendance: 60, remarks: 40 });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("import next to existing records", () => {
  it("matches the programme, organisations and people instead of duplicating them", async () => {
    const bundle = clone(original);
    bundle.meeting.sequenceNumber = 5;
    bundle.people.push({
      ...bundle.people[0],
      key: "person-new",
      name: "Ayu Lestari",
      email: "ayu@example.test",
    });
    bundle.attendance.push({
      ...bundle.attendance[0],
      person: "person-new",
      delegatedTo: null,
      delegateOf: null,
    });
    const before = await counts(db());
    const res = await importBundle(secretariat, bundle);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.matched).toEqual({
      programme: 1,
      outputs: original.programme.outputs.length,
      organisations: original.organisations.length,
      people: original.people.length,
    });
    expect(body.created).toMatchObject({ programme: 0, organisations: 0, people: 1, meeting: 1 });
    const after = await counts(db());
    expect(after.people).toBe(before.people + 1);
    expect(after.organisations).toBe(before.organisations);
    const meeting = await db().meeting.findUniqueOrThrow({ where: { id: body.meetingId } });
    expect(meeting).toMatchObject({ programmeId: seeded.programmeId, sequenceNumber: 5 });
  });

  it("refuses a meeting number the programme already has with 409 and saves nothing", async () => {
    const before = await counts(db());
    const res = await importBundle(secretariat, original);
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toContain("4th PSC");
    expect(await counts(db())).toEqual(before);
  });

  it("refuses a secretariat that may not create the programme, like a programme that does not exist", async () => {
    const bundle = clone(original);
    bundle.programme.title = "A programme nobody has";
    const res = await importBundle(secretariat, bundle);
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).error.fieldErrors)).toEqual(["programme.title"]);
  });

  it("rolls back organisations already written when a later step refuses", async () => {
    const bundle = clone(original);
    bundle.meeting.sequenceNumber = 6;
    bundle.organisations.push({
      key: "org-new",
      name: "Brand-new Agency",
      acronym: null,
      kind: "OTHER",
      parent: null,
    });
    bundle.programme.outputs.push({ code: "9.9", kind: "OUTPUT", title: "Not in the programme" });
    bundle.actionItems[0].output = "9.9";
    const before = await counts(db());
    const res = await importBundle(secretariat, bundle);
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).error.fieldErrors)).toEqual([
      `programme.outputs.${bundle.programme.outputs.length - 1}.code`,
    ]);
    expect(await counts(db())).toEqual(before);
  });
});

describe("a bundle with several problems", () => {
  it("is refused whole, listing every problem by path, and nothing is saved", async () => {
    const bundle = clone(original);
    bundle.meeting.sequenceNumber = 7;
    bundle.remarks[1].speaker = "person-999";
    bundle.decisions[1].number = bundle.decisions[0].number;
    bundle.actionItems[0].dueDate = "2025-02-30";
    const before = await counts(db());
    const res = await importBundle(secretariat, bundle);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({
      "remarks.1.speaker": ["No person with key “person-999” in this bundle"],
      "decisions.1.number": [
        `Decision number “${bundle.decisions[0].number}” is already used by decisions.0`,
      ],
      "actionItems.0.dueDate": [expect.stringContaining("YYYY-MM-DD")],
    });
    expect(error.message).toBe("The bundle was not imported: 3 problems to fix");
    expect(await counts(db())).toEqual(before);
    const inIndonesian = (await (await importBundle(secretariat, bundle, "id")).json()).error;
    expect(inIndonesian.message).toBe("Bundel tidak diimpor: 3 masalah perlu diperbaiki");
    expect(inIndonesian.fieldErrors["remarks.1.speaker"]).toEqual([
      "Tidak ada orang dengan kunci “person-999” dalam bundel ini",
    ]);
  });

  it("names a wrong format or version instead of guessing", async () => {
    const res = await importBundle(secretariat, { ...original, version: 2 });
    expect((await res.json()).error.fieldErrors).toEqual({
      version: ["This Notulen reads meeting bundles of version 1"],
    });
    expect((await importBundle(secretariat, "not a bundle")).status).toBe(400);
  });
});

describe("an imported remark", () => {
  it("has the same audit event as the same remark captured on the screen", async () => {
    const bundle = clone(original);
    bundle.meeting.sequenceNumber = 8;
    const res = await importBundle(secretariat, bundle);
    expect(res.status).toBe(201);
    const { meetingId } = await res.json();
    const imported = await db().remark.findFirstOrThrow({
      where: { meetingId },
      orderBy: { order: "asc" },
      select: { id: true, agendaItemId: true, speakerPersonId: true, kind: true, summary: true, quote: true },
    });
    const { id: importedId, ...fields } = imported;
    const captured = await callRoute(captureRemark, `/api/v1/meetings/${meetingId}/remarks`, {
      method: "POST",
      token: secretariat,
      body: fields,
      params: { id: meetingId },
    });
    expect(captured.status).toBe(201);
    const capturedId = (await captured.json()).id;
    /** The event without what differs between two remarks: their ids, order and time. */
    const comparable = async (entityId: string) => {
      const events = await db().auditEvent.findMany({ where: { entityId } });
      expect(events).toHaveLength(1);
      const { entity, action, actorUserId, actorLabel, programmeId, before, after } = events[0] as AuditEvent;
      const differing = new Set(["id", "order", "updatedAt"]);
      const rest = Object.entries(after as Record<string, unknown>).filter(([k]) => !differing.has(k));
      return {
        entity,
        action,
        actorUserId,
        actorLabel,
        programmeId,
        before,
        after: Object.fromEntries(rest),
      };
    };
    const [fromBundle, fromScreen] = [await comparable(importedId), await comparable(capturedId)];
    expect(fromBundle).toEqual(fromScreen);
    expect(fromBundle).toMatchObject({
      entity: "Remark",
      action: "CREATE",
      after: { summary: fields.summary },
    });
  });
});
