// Malformed input through the real route handlers: NUL and other control characters, broken
// Unicode (lone surrogates), dates in year 0000 or 9999, huge strings and ids that cannot be ids.
// Each answer is a 400 naming the field (or a 404 for an id in the path), never a 500, and no row
// is written.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as createActionItem } from "@/app/api/v1/meetings/[id]/action-items/route";
import { POST as createAgendaItem } from "@/app/api/v1/meetings/[id]/agenda/route";
import { POST as createRemark } from "@/app/api/v1/meetings/[id]/remarks/route";
import { GET as getMeeting, PATCH as patchMeeting } from "@/app/api/v1/meetings/[id]/route";
import { GET as listMeetings, POST as postMeeting } from "@/app/api/v1/meetings/route";
import { POST as postOrganisation } from "@/app/api/v1/organisations/route";
import { GET as searchPeople, POST as postPerson } from "@/app/api/v1/people/route";
import { POST as postProgramme } from "@/app/api/v1/programmes/route";
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/translate";
import { createMeeting, createPerson, createProgramme, createUserToken } from "../factories";
import { callRoute, type TRouteHandler } from "../support/call-route";

const t = translator("en") as (key: string, params?: Record<string, number>) => string;

let admin: string;
let programmeId: string;
let meetingId: string;
let speakerId: string;

beforeAll(async () => {
  admin = await createUserToken({ role: "ADMIN" });
  programmeId = (await createProgramme()).id;
  meetingId = (await createMeeting(programmeId, { status: "HELD" })).id;
  speakerId = (await createPerson()).id;
});

const post = <P>(handler: TRouteHandler<P>, url: string, body: unknown, params?: P) =>
  callRoute(handler, url, { method: "POST", token: admin, body, params });

const meeting = (overrides: Record<string, unknown> = {}) => ({
  programmeId,
  title: "Annual review",
  startsAt: "2026-12-10T09:00:00+07:00",
  endsAt: "2026-12-10T12:00:00+07:00",
  ...overrides,
});

/** Every table a refused write could have touched, counted. */
async function rowCounts() {
  const d = db();
  return Promise.all([
    d.meeting.count(),
    d.person.count(),
    d.organisation.count(),
    d.programme.count(),
    d.agendaItem.count(),
    d.remark.count(),
    d.actionItem.count(),
    d.auditEvent.count(),
  ]);
}

/** A 400 that names `field` with the message of `key`, and nothing written. */
async function refused(
  send: () => Promise<Response>,
  field: string,
  key: string,
  params?: Record<string, number>,
) {
  const before = await rowCounts();
  const res = await send();
  expect(res.status).toBe(400);
  expect(res.headers.get("content-type")).toContain("application/json");
  const { error } = await res.json();
  expect(error.code).toBe("VALIDATION");
  expect(error.fieldErrors?.[field]).toContain(t(key, params));
  expect(await rowCounts()).toEqual(before);
}

const NUL = "\u0000";
const BELL = "\u0007";
/** NEXT LINE (C1): invisible, from text decoded as Latin-1. */
const NEL = "\u0085";
const LONE_SURROGATE = "\uD800";

describe("text with characters no record may hold", () => {
  it.each([
    ["title", { title: `Annual${NUL}review` }],
    ["purpose", { purpose: `Review${NUL}` }],
    ["programmeId", { programmeId: `p${NUL}` }],
    ["venueRoom", { venueRoom: `Room${BELL}1` }],
    ["venueAddress", { venueAddress: `Jalan${NEL}Sudirman` }],
  ])("refuses a meeting with a control character in %s", async (field, overrides) => {
    await refused(
      () => post(postMeeting, "/api/v1/meetings", meeting(overrides)),
      field,
      "errors.field.controlCharacter",
    );
  });

  it("refuses broken Unicode (a lone surrogate) instead of storing U+FFFD", async () => {
    await refused(
      () => post(postMeeting, "/api/v1/meetings", meeting({ title: `Annual ${LONE_SURROGATE} review` })),
      "title",
      "errors.field.invalidCharacter",
    );
    await refused(
      () => post(postPerson, "/api/v1/people", { name: `Budi ${LONE_SURROGATE}` }),
      "name",
      "errors.field.invalidCharacter",
    );
    expect(await db().person.count({ where: { name: { contains: "\uFFFD" } } })).toBe(0);
  });

  it("refuses a line break in a one-line name, but keeps lines and tabs in longer text", async () => {
    await refused(
      () => post(postMeeting, "/api/v1/meetings", meeting({ title: "Annual\nreview" })),
      "title",
      "errors.field.singleLine",
    );
    const res = await post(
      postMeeting,
      "/api/v1/meetings",
      meeting({ purpose: "Line one\r\nLine two\tend" }),
    );
    expect(res.status).toBe(201);
    const stored = await db().meeting.findUnique({ where: { id: (await res.json()).id } });
    expect(stored?.purpose).toBe("Line one\r\nLine two\tend");
  });

  it("names the field of a control character deep inside the input", async () => {
    await refused(
      () =>
        post(postProgramme, "/api/v1/programmes", {
          title: "Programme",
          country: "Indonesia",
          participatingOrganisationIds: ["ok-id", `bad${NUL}`],
        }),
      "participatingOrganisationIds.1",
      "errors.field.controlCharacter",
    );
  });

  it("refuses a control character in a field name too", async () => {
    const before = await rowCounts();
    const res = await post(postMeeting, "/api/v1/meetings", { ...meeting(), [`ti${NUL}tle`]: "x" });
    expect(res.status).toBe(400);
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ["people", () => post(postPerson, "/api/v1/people", { name: `Budi${NUL}` }), "name"],
    [
      "organisations",
      () =>
        post(postOrganisation, "/api/v1/organisations", {
          name: `Kemenkes${NUL}`,
          kind: "GOVERNMENT_MINISTRY",
        }),
      "name",
    ],
    [
      "programmes",
      () => post(postProgramme, "/api/v1/programmes", { title: `P${NUL}`, country: "Indonesia" }),
      "title",
    ],
    [
      "agenda",
      () =>
        post(
          createAgendaItem,
          `/api/v1/meetings/${meetingId}/agenda`,
          { title: `Item${NUL}` },
          { id: meetingId },
        ),
      "title",
    ],
    [
      "remarks",
      () =>
        post(
          createRemark,
          `/api/v1/meetings/${meetingId}/remarks`,
          { speakerPersonId: speakerId, summary: `Said${NUL}` },
          { id: meetingId },
        ),
      "summary",
    ],
    [
      "action items",
      () =>
        post(
          createActionItem,
          `/api/v1/meetings/${meetingId}/action-items`,
          { title: `Do${NUL}it` },
          { id: meetingId },
        ),
      "title",
    ],
  ] as const)("refuses NUL in a text sent to %s", async (_, send, field) => {
    await refused(send, field, "errors.field.controlCharacter");
  });

  it("refuses NUL in a query value", async () => {
    await refused(
      () =>
        callRoute(listMeetings, `/api/v1/meetings?programmeId=${encodeURIComponent(`p${NUL}`)}`, {
          token: admin,
        }),
      "programmeId",
      "errors.field.controlCharacter",
    );
    await refused(
      () => callRoute(searchPeople, "/api/v1/people?q=%00", { token: admin }),
      "q",
      "errors.field.controlCharacter",
    );
  });

  it("refuses a huge string by its length", async () => {
    await refused(
      () => post(postMeeting, "/api/v1/meetings", meeting({ venueRoom: "x".repeat(1_000_000) })),
      "venueRoom",
      "errors.field.tooLong",
      { max: 200 },
    );
  });
});

describe("dates outside any meeting's lifetime", () => {
  it.each(["0000-01-01", "9999-12-31", "1899-12-31", "2201-01-01"])(
    "refuses a meeting on %s",
    async (day) => {
      await refused(
        () =>
          post(
            postMeeting,
            "/api/v1/meetings",
            meeting({ startsAt: `${day}T09:00:00+07:00`, endsAt: `${day}T10:00:00+07:00` }),
          ),
        "startsAt",
        "errors.field.dateOutOfRange",
      );
    },
  );

  it.each(["0000-01-01", "9999-12-31"])("refuses an action item due on %s", async (dueDate) => {
    await refused(
      () =>
        post(
          createActionItem,
          `/api/v1/meetings/${meetingId}/action-items`,
          { title: "Follow up", dueDate },
          { id: meetingId },
        ),
      "dueDate",
      "errors.field.dateOutOfRange",
    );
  });

  it.each(["0000-01-01", "9999-12-31"])("refuses a programme starting on %s", async (startDate) => {
    await refused(
      () =>
        post(postProgramme, "/api/v1/programmes", { title: "Programme", country: "Indonesia", startDate }),
      "startDate",
      "errors.field.dateOutOfRange",
    );
  });

  it("takes the first and last day of the range", async () => {
    for (const day of ["1900-01-01", "2200-12-31"]) {
      const res = await post(
        postMeeting,
        "/api/v1/meetings",
        meeting({ startsAt: `${day}T09:00:00Z`, endsAt: `${day}T10:00:00Z` }),
      );
      expect(res.status).toBe(201);
    }
  });
});

describe("ids in the path that cannot be ids", () => {
  it.each([`m${NUL}`, "m\u0001x", "../../etc/passwd", "ünïcode", "x".repeat(65), `${LONE_SURROGATE}`, "a b"])(
    "answers 404 for %j, reading and writing",
    async (id) => {
      const before = await rowCounts();
      const read = await callRoute(getMeeting, "/api/v1/meetings/x", { token: admin, params: { id } });
      expect(read.status).toBe(404);
      expect((await read.json()).error.code).toBe("NOT_FOUND");
      const write = await callRoute(patchMeeting, "/api/v1/meetings/x", {
        method: "PATCH",
        token: admin,
        body: { version: 1, title: "Renamed" },
        params: { id },
      });
      expect(write.status).toBe(404);
      expect(await rowCounts()).toEqual(before);
    },
  );

  it("still asks for a token first", async () => {
    const res = await callRoute(getMeeting, "/api/v1/meetings/x", { token: null, params: { id: `m${NUL}` } });
    expect(res.status).toBe(401);
  });
});
