// One rule for who reads which action items (lib/auth/permissions.ts): whoever may read a meeting
// reads every action item raised in it, whichever organisation owns it (they are in its minutes);
// a member also reads, across the programme, those owned by their organisation or themselves. The
// API and /actions follow it alike.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as meetingActionItems } from "@/app/api/v1/meetings/[id]/action-items/route";
import { listActionItems } from "@/lib/action-item/service";
import type { TAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { getUserWithAccess } from "@/lib/user/service";
import {
  createMeeting,
  createOrganisation,
  createPerson,
  createProgramme,
  createUser,
  invite,
  tokenFor,
} from "../factories";
import { callRoute } from "../support/call-route";

let member: TAccess;
let memberToken: string;
let invitedMeetingId: string;
let otherMeetingId: string;
const titles: Record<string, string> = {};

beforeAll(async () => {
  const programmeId = (await createProgramme()).id;
  const otherProgrammeId = (await createProgramme()).id;
  const [own, other] = [await createOrganisation(), await createOrganisation()];
  const person = await createPerson(own.id);
  const user = await createUser({ role: "MEMBER", programmeId, personId: person.id });
  member = (await getUserWithAccess(user.id))!.access;
  memberToken = await tokenFor(user);
  const invited = await createMeeting(programmeId);
  const notInvited = await createMeeting(programmeId);
  const elsewhere = await createMeeting(otherProgrammeId);
  await invite(invited.id, person.id);
  await invite(elsewhere.id, person.id);
  [invitedMeetingId, otherMeetingId] = [invited.id, notInvited.id];
  const action = async (name: string, meetingId: string, pId: string, ownerOrganisationId: string) => {
    titles[name] = `${name} ${meetingId}`;
    await db().actionItem.create({
      data: { meetingId, programmeId: pId, ownerOrganisationId, title: titles[name] },
    });
  };
  await action("invited-own", invited.id, programmeId, own.id);
  await action("invited-other", invited.id, programmeId, other.id);
  await action("notInvited-own", notInvited.id, programmeId, own.id);
  await action("notInvited-other", notInvited.id, programmeId, other.id);
  // Invited to a meeting of a programme they are not a member of: its record stays closed.
  await action("elsewhere-other", elsewhere.id, otherProgrammeId, other.id);
});

const listed = async () => (await listActionItems(member, 1)).data.map((a) => a.title).sort();
const overApi = (meetingId: string) =>
  callRoute(meetingActionItems, `/api/v1/meetings/${meetingId}/action-items`, {
    token: memberToken,
    params: { id: meetingId },
  });

describe("an invited member reading action items", () => {
  it("reads every organisation's action items of a meeting they were invited to, over the API", async () => {
    const res = await overApi(invitedMeetingId);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { title: string }[] };
    expect(body.data.map((a) => a.title).sort()).toEqual(
      [titles["invited-other"], titles["invited-own"]].sort(),
    );
    expect((await overApi(otherMeetingId)).status).toBe(404);
  });

  it("sees on /actions the same items of that meeting, plus their organisation's elsewhere in the programme", async () => {
    expect(await listed()).toEqual(
      [titles["invited-own"], titles["invited-other"], titles["notInvited-own"]].sort(),
    );
  });
});
