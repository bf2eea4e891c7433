// GET /api/v1/meetings through the real route handler: bearer tokens, pagination, access rules.
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/meetings/route";
import { db } from "@/lib/db";
import {
  createMeeting,
  createOrganisation,
  createPerson,
  createProgramme,
  createUserToken,
  invite,
} from "../factories";
import { callRoute } from "../support/call-route";

const call = (token: string | null, query = "") => callRoute(GET, `/api/v1/meetings${query}`, { token });

let secretariatToken: string;
let memberToken: string;
let outsiderToken: string;
let programmeA: string;
let invitedMeetingId: string;

beforeAll(async () => {
  const a = await createProgramme("Programme A");
  const b = await createProgramme("Programme B");
  programmeA = a.id;
  for (let i = 0; i < 25; i += 1) await createMeeting(a.id);
  await createMeeting(b.id);
  const ministry = await createOrganisation();
  const person = await createPerson(ministry.id);
  const meetings = await db().meeting.findMany({
    where: { programmeId: a.id },
    take: 2,
    orderBy: { id: "asc" },
  });
  invitedMeetingId = meetings[0].id;
  await invite(invitedMeetingId, person.id);

  secretariatToken = await createUserToken({ role: "SECRETARIAT", programmeId: a.id });
  memberToken = await createUserToken({ role: "MEMBER", programmeId: a.id, personId: person.id });
  outsiderToken = await createUserToken({ role: "SECRETARIAT", programmeId: b.id });
});

describe("GET /api/v1/meetings", () => {
  it("refuses a request without a token with 401 JSON", async () => {
    const res = await call(null);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe("Bearer");
    expect((await res.json()).error.code).toBe("UNAUTHENTICATED");
  });

  it("refuses an unknown or revoked token with 401", async () => {
    expect((await call("ntl_not-a-real-token")).status).toBe(401);
    expect((await call("garbage")).status).toBe(401);
    const row = await db().apiToken.findFirstOrThrow({ where: { prefix: memberToken.slice(0, 10) } });
    await db().apiToken.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
    expect((await call(memberToken)).status).toBe(401);
    await db().apiToken.update({ where: { id: row.id }, data: { revokedAt: null } });
  });

  it("pages through the programme's meetings, newest first", async () => {
    const first = await (await call(secretariatToken, "?pageSize=10")).json();
    expect(first).toMatchObject({ page: 1, pageSize: 10, total: 25, pageCount: 3 });
    expect(first.data).toHaveLength(10);
    const starts = first.data.map((m: { startsAt: string }) => m.startsAt);
    expect([...starts].sort().reverse()).toEqual(starts);
    const last = await (await call(secretariatToken, "?pageSize=10&page=3")).json();
    expect(last.data).toHaveLength(5);
    expect(first.data.every((m: { programme: { id: string } }) => m.programme.id === programmeA)).toBe(true);
  });

  it("shows a member only the meetings they are invited to", async () => {
    const body = await (await call(memberToken)).json();
    expect(body.total).toBe(1);
    expect(body.data[0].id).toBe(invitedMeetingId);
  });

  it("shows nothing of another programme", async () => {
    const body = await (await call(outsiderToken, `?programmeId=${programmeA}`)).json();
    expect(body.total).toBe(0);
  });

  it("answers a malformed query with 400 and the field at fault", async () => {
    const res = await call(secretariatToken, "?pageSize=1000&status=WHATEVER");
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(Object.keys(body.error.fieldErrors).sort()).toEqual(["pageSize", "status"]);
  });
});
