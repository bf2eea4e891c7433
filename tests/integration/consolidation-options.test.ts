// What the secretariat's review screens offer: the later meetings a version can be adopted at
// (same programme, later, not cancelled, with the item "adoption of the minutes of the previous
// meeting"), the reviewers to tick (present participants with an e-mail ticked, other invitees
// with one offered, people without an address left out), and the programme's terms of reference
// on minutes, kept by the programme form (at least one adoption method).
import { beforeAll, describe, expect, it } from "vitest";
import type { TAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { laterMeetingsForAdoption } from "@/lib/minutes/service/adoption-options";
import { circulationOptions } from "@/lib/minutes/service/circulation-options";
import { getProgramme, updateProgramme } from "@/lib/programme/service";
import { getUserWithAccess } from "@/lib/user/service";
import {
  createMeeting,
  createOrganisation,
  createPerson,
  createProgramme,
  createUser,
  invite,
} from "../factories";

let programmeId: string;
let secretariat: TAccess;
let coordinator: TAccess;
let admin: TAccess;
const actor = { label: "test" };
const day = (d: number) => new Date(Date.UTC(2027, 2, d, 2));

beforeAll(async () => {
  programmeId = (await createProgramme()).id;
  secretariat = (await getUserWithAccess((await createUser({ role: "SECRETARIAT", programmeId })).id))!
    .access;
  coordinator = (await getUserWithAccess((await createUser({ role: "COORDINATOR", programmeId })).id))!
    .access;
  admin = (await getUserWithAccess((await createUser({ role: "ADMIN" })).id))!.access;
});

const withAdoptionItem = (meetingId: string) =>
  db().agendaItem.create({
    data: { meetingId, order: 1, kind: "ADOPTION_OF_PREVIOUS_MINUTES", title: "Adoption of the minutes" },
  });

describe("laterMeetingsForAdoption", () => {
  it("offers the later meetings of the programme with the adoption item, soonest first", async () => {
    const held = await createMeeting(programmeId, { status: "MINUTES_IN_REVIEW", startsAt: day(10) });
    const earlier = await createMeeting(programmeId, { startsAt: day(5) });
    const next = await createMeeting(programmeId, { startsAt: day(20) });
    const after = await createMeeting(programmeId, { startsAt: day(25) });
    const noItem = await createMeeting(programmeId, { startsAt: day(15) });
    const cancelled = await createMeeting(programmeId, { status: "CANCELLED", startsAt: day(18) });
    const elsewhere = await createMeeting((await createProgramme()).id, { startsAt: day(21) });
    for (const m of [earlier, next, after, cancelled, elsewhere]) await withAdoptionItem(m.id);

    const offered = await laterMeetingsForAdoption(secretariat, held.id);
    expect(offered.map((m) => m.id)).toEqual([next.id, after.id]);
    expect(offered.map((m) => m.id)).not.toContain(noItem.id);
  });

  it("is the secretariat's: 404 for a coordinator and for a meeting that does not exist", async () => {
    const held = await createMeeting(programmeId, { status: "MINUTES_IN_REVIEW" });
    await expect(laterMeetingsForAdoption(coordinator, held.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(laterMeetingsForAdoption(secretariat, "no-such-meeting")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("circulationOptions", () => {
  it("ticks the present participants with an e-mail address, offers the other invitees, grouped by organisation", async () => {
    const meeting = await createMeeting(programmeId, { status: "MINUTES_DRAFT", startsAt: day(3) });
    const ministry = await createOrganisation();
    const present = await createPerson(ministry.id);
    const absent = await createPerson(ministry.id);
    const alone = await createPerson();
    const noEmail = await db().person.create({
      data: { name: "Without address", organisationId: ministry.id },
    });
    for (const p of [present, absent, alone, noEmail]) await invite(meeting.id, p.id);
    await db().invitation.updateMany({
      where: { meetingId: meeting.id, personId: { in: [present.id, alone.id, noEmail.id] } },
      data: { attendance: "PRESENT" },
    });

    const options = await circulationOptions(secretariat, meeting.id, new Date("2027-03-05T03:00:00Z"));
    expect(options.today).toBe("2027-03-05");
    expect(options.groups).toEqual([
      {
        organisation: { id: ministry.id, name: ministry.name, acronym: ministry.acronym },
        reviewers: expect.arrayContaining([
          { id: present.id, name: present.name, isPresent: true },
          { id: absent.id, name: absent.name, isPresent: false },
        ]),
      },
      { organisation: null, reviewers: [{ id: alone.id, name: alone.name, isPresent: true }] },
    ]);
    expect(options.groups[0].reviewers).toHaveLength(2);
    await expect(circulationOptions(coordinator, meeting.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the programme's terms of reference on minutes", () => {
  it("are kept by an edit, and at least one adoption method is required", async () => {
    const before = await getProgramme(admin, programmeId);
    expect(before.adoptionMethods).toEqual(["AT_MEETING", "NO_OBJECTION"]);
    expect(before.reviewVisibility).toBe("OWN_ORGANISATION");
    const saved = await updateProgramme(
      admin,
      programmeId,
      { version: before.version, adoptionMethods: ["CO_CHAIRS"], reviewVisibility: "ALL_REVIEWERS" },
      actor,
    );
    expect(saved).toMatchObject({ adoptionMethods: ["CO_CHAIRS"], reviewVisibility: "ALL_REVIEWERS" });
    await expect(
      updateProgramme(admin, programmeId, { version: saved.version, adoptionMethods: [] }, actor),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await getProgramme(admin, programmeId)).adoptionMethods).toEqual(["CO_CHAIRS"]);
  });
});
