// The personal calendar feed of action-item due dates (/api/v1/feeds/actions/<token>.ics) through
// the real route, read with ical.js (independent of the `ics` package that writes it): all-day
// events on the due dates of the open items the user may read — by the read rule, loaded afresh on
// each request —, never another user's; a reset address, a tampered token, a disabled user and a
// user unlinked from the link's person are 404.
import ICAL from "ical.js";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { TAccess } from "@/lib/auth/permissions";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { callRoute } from "../support/call-route";

// Before any app module reads (and caches) the environment: feed addresses need the app's address.
vi.stubEnv("APP_URL", "https://psc.example.test");

const { GET: feedRoute } = await import("@/app/api/v1/feeds/actions/[token]/route");
const { calendarFeedState, createCalendarFeed, resetCalendarFeed } =
  await import("@/lib/action-item/service/feed");
const { db } = await import("@/lib/db");
const { getUserWithAccess } = await import("@/lib/user/service");
const { createMeeting, createOrganisation, createPerson, createProgramme, createUser } =
  await import("../factories");

const NOW = new Date("2026-06-15T10:00:00Z");
const ids: Record<string, string> = {};
let member: TAccess;
let memberUserId: string;
let coordinator: TAccess;
let outsider: TAccess;
let withoutPerson: TAccess;

const tokenOf = (url: string) => {
  const match = /\/api\/v1\/feeds\/actions\/([^/]+)\.ics$/.exec(url);
  if (!match) throw new Error(`not a feed address: ${url}`);
  return decodeURIComponent(match[1]);
};

const fetchFeed = (tokenWithSuffix: string, query = "") =>
  callRoute(feedRoute, `https://psc.example.test/api/v1/feeds/actions/${tokenWithSuffix}${query}`);

async function eventsOf(url: string, query = "") {
  const res = await fetchFeed(`${tokenOf(url)}.ics`, query);
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  const calendar = new ICAL.Component(ICAL.parse(await res.text()));
  return {
    name: calendar.getFirstPropertyValue("x-wr-calname"),
    method: calendar.getFirstPropertyValue("method"),
    events: calendar.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        isAllDay: event.startDate.isDate,
        start: event.startDate.toString(),
        end: event.endDate.toString(),
      };
    }),
  };
}

const uidOf = (name: string) => `action-item-${ids[name]}@notulen`;
const uids = (events: { uid: string }[]) => events.map((e) => e.uid).sort();
const expected = (...names: string[]) => names.map(uidOf).sort();
const accessOf = async (userId: string) => (await getUserWithAccess(userId))!.access;
const actor = (access: TAccess) => ({ userId: access.userId });

async function readyUrl(access: TAccess): Promise<string> {
  const state = await createCalendarFeed(access, actor(access), NOW);
  if (state.status !== "ready") throw new Error(`no feed: ${state.status}`);
  return state.url;
}

beforeAll(async () => {
  const programme = (await createProgramme()).id;
  const otherProgramme = (await createProgramme()).id;
  const ministry = (await createOrganisation()).id;
  const otherMinistry = (await createOrganisation()).id;
  const meeting = await createMeeting(programme);
  const elsewhere = await createMeeting(otherProgramme);
  let number = 0;
  const item = async (
    name: string,
    owner: string,
    status: ActionStatus,
    due: string | null,
    m: { id: string; programmeId: string } = meeting,
  ) => {
    number += 1;
    const row = await db().actionItem.create({
      data: {
        meetingId: m.id,
        programmeId: m.programmeId,
        number,
        title: `Kirim laporan ${name}`,
        ownerOrganisationId: owner,
        status,
        dueDate: due ? new Date(`${due}T00:00:00Z`) : null,
      },
    });
    ids[name] = row.id;
  };
  await item("open", ministry, "OPEN", "2026-06-01");
  await item("reported", ministry, "REPORTED_DONE", "2026-07-01");
  await item("done", ministry, "DONE", "2026-06-20");
  await item("dropped", ministry, "DROPPED", "2026-06-20");
  await item("undated", ministry, "OPEN", null);
  await item("othersItem", otherMinistry, "IN_PROGRESS", "2026-06-30");
  await item("elsewhere", ministry, "OPEN", "2026-06-25", elsewhere);
  await item("outsidersItem", otherMinistry, "OPEN", "2026-06-26", elsewhere);

  const memberUser = await createUser({
    role: "MEMBER",
    programmeId: programme,
    personId: (await createPerson(ministry)).id,
  });
  memberUserId = memberUser.id;
  member = await accessOf(memberUser.id);
  const coordinatorUser = await createUser({
    role: "COORDINATOR",
    programmeId: programme,
    personId: (await createPerson()).id,
  });
  coordinator = await accessOf(coordinatorUser.id);
  const outsiderUser = await createUser({
    role: "MEMBER",
    programmeId: otherProgramme,
    personId: (await createPerson(otherMinistry)).id,
  });
  outsider = await accessOf(outsiderUser.id);
  withoutPerson = await accessOf((await createUser({ role: "COORDINATOR", programmeId: programme })).id);
});

describe("the calendar feed", () => {
  it("is issued on first asking, then the same address; a valid calendar of all-day events on the due dates of the user's open items", async () => {
    expect(await calendarFeedState(member)).toEqual({ status: "none" });
    const url = await readyUrl(member);
    expect(url).toMatch(
      /^https:\/\/psc\.example\.test\/api\/v1\/feeds\/actions\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.ics$/,
    );
    expect(await readyUrl(member)).toBe(url);
    const state = await calendarFeedState(member);
    expect(state).toMatchObject({ status: "ready", url });
    // Valid for two years.
    if (state.status === "ready") {
      expect(new Date(state.expiresAt).getTime()).toBe(NOW.getTime() + 730 * 86_400_000);
    }

    const feed = await eventsOf(url);
    expect(feed.method).toBe("PUBLISH");
    // Open, in progress and reported done; not done, dropped, undated, another ministry's or another programme's.
    expect(uids(feed.events)).toEqual(expected("open", "reported"));
    const open = feed.events.find((e) => e.uid === uidOf("open"))!;
    expect(open).toMatchObject({ isAllDay: true, start: "2026-06-01", end: "2026-06-02" });
    expect(open.summary).toMatch(/^Due: PSC\d+\/A\/01 Kirim laporan open$/);
    expect(open.description).toContain("Status: Open");
    expect(open.description).toContain(`https://psc.example.test/actions/${ids.open}`);
  });

  it("is written in the asked language", async () => {
    const feed = await eventsOf(await readyUrl(member), "?lang=id");
    const reported = feed.events.find((e) => e.uid === uidOf("reported"))!;
    expect(reported.summary).toMatch(/^Tenggat: PSC\d+\/A\/02 Kirim laporan reported$/);
    expect(reported.description).toContain("Status: Dilaporkan selesai");
    expect(feed.name).toMatch(/^Tindak lanjut — User /);
  });

  it("never holds another user's items: each sees what the read rule gives them", async () => {
    const coordinatorFeed = await eventsOf(await readyUrl(coordinator));
    expect(uids(coordinatorFeed.events)).toEqual(expected("open", "reported", "othersItem"));
    const outsiderFeed = await eventsOf(await readyUrl(outsider));
    expect(uids(outsiderFeed.events)).toEqual(expected("outsidersItem"));
    const memberFeed = await eventsOf(await readyUrl(member));
    expect(uids(memberFeed.events)).not.toContain(uidOf("othersItem"));
    expect(uids(memberFeed.events)).not.toContain(uidOf("outsidersItem"));
  });

  it("reads the user's roles afresh: a role taken away empties the feed", async () => {
    const user = await createUser({
      role: "COORDINATOR",
      programmeId: (await db().actionItem.findUniqueOrThrow({ where: { id: ids.open } })).programmeId,
      personId: (await createPerson()).id,
    });
    const url = await readyUrl(await accessOf(user.id));
    expect((await eventsOf(url)).events).toHaveLength(3);
    await db().programmeMembership.deleteMany({ where: { userId: user.id } });
    expect((await eventsOf(url)).events).toEqual([]);
  });

  it("answers 404 for a tampered token, a token without .ics, and a token that names no link", async () => {
    const token = tokenOf(await readyUrl(member));
    const [id, signature] = token.split(".");
    const flipped = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    for (const bad of [
      `${id}.${flipped}.ics`,
      `${id}x.${signature}.ics`,
      `${id}.ics`,
      token,
      `${token}.ical`,
    ]) {
      const res = await fetchFeed(bad);
      expect(res.status, bad).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    }
    expect((await fetchFeed(`${token}.ics`)).status).toBe(200);
  });

  it("resets: the old address is 404 at once, the new one works; both steps audited", async () => {
    const old = await readyUrl(member);
    const state = await resetCalendarFeed(member, actor(member), NOW);
    if (state.status !== "ready") throw new Error("no new feed");
    expect(state.url).not.toBe(old);
    expect((await fetchFeed(`${tokenOf(old)}.ics`)).status).toBe(404);
    expect(uids((await eventsOf(state.url)).events)).toEqual(expected("open", "reported"));
    expect(await readyUrl(member)).toBe(state.url);

    const oldId = tokenOf(old).split(".")[0];
    const newId = tokenOf(state.url).split(".")[0];
    const audit = await db().auditEvent.findMany({
      where: { entity: "Link", entityId: { in: [oldId, newId] } },
      select: { entityId: true, action: true, actorUserId: true },
    });
    expect(audit).toEqual(
      expect.arrayContaining([
        { entityId: oldId, action: "CREATE", actorUserId: member.userId },
        { entityId: oldId, action: "UPDATE", actorUserId: member.userId },
        { entityId: newId, action: "CREATE", actorUserId: member.userId },
      ]),
    );
  });

  it("is 404 while the user is disabled or no longer linked to the link's person", async () => {
    const url = await readyUrl(member);
    await db().user.update({ where: { id: memberUserId }, data: { disabledAt: new Date() } });
    expect((await fetchFeed(`${tokenOf(url)}.ics`)).status).toBe(404);
    await db().user.update({ where: { id: memberUserId }, data: { disabledAt: null } });
    expect((await fetchFeed(`${tokenOf(url)}.ics`)).status).toBe(200);

    const user = await createUser({
      role: "MEMBER",
      programmeId: (await createProgramme()).id,
      personId: (await createPerson()).id,
    });
    const theirs = await readyUrl(await accessOf(user.id));
    await db().user.update({ where: { id: user.id }, data: { personId: (await createPerson()).id } });
    expect((await fetchFeed(`${tokenOf(theirs)}.ics`)).status).toBe(404);
  });

  it("is refused to an account without a directory entry, and says why", async () => {
    expect(await calendarFeedState(withoutPerson)).toEqual({ status: "noPerson" });
    await expect(createCalendarFeed(withoutPerson, actor(withoutPerson))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      key: "actionFeed.errors.noPerson",
    });
  });
});
