// The data the fuzz test works on: one programme with its secretariat and an administrator, a
// meeting per family (so moving one meeting to "cancelled" does not close the others' doors), a
// recorded meeting whose bundle the import family mutates, and the look-ups of "$live:" values
// (the current version of a record, the newest agenda item) made just before each request.
import { POST as postAgendaItem } from "@/app/api/v1/meetings/[id]/agenda/route";
import { POST as postActionItem } from "@/app/api/v1/meetings/[id]/action-items/route";
import { POST as postCoChair } from "@/app/api/v1/meetings/[id]/co-chairs/route";
import { POST as postDecision } from "@/app/api/v1/meetings/[id]/decisions/route";
import { GET as exportBundle } from "@/app/api/v1/meetings/[id]/export/route";
import { POST as postInvitations } from "@/app/api/v1/meetings/[id]/invitations/route";
import { POST as postRemark } from "@/app/api/v1/meetings/[id]/remarks/route";
import { db } from "@/lib/db";
import { issueLink } from "@/lib/link/service";
import { rsvpLinkExpiry } from "@/lib/invitation/rsvp-rules";
import { rowVersion } from "@/lib/register/attendance";
import {
  createMeeting,
  createOrganisation,
  createPerson,
  createProgramme,
  createUser,
  createUserToken,
  invite,
  tokenFor,
} from "../factories";
import { callRoute, type TRouteHandler } from "./call-route";
import type { TResolvers } from "./fuzz-request";
import { sessionCookie } from "./session-cookie";

export type TFuzzWorld = Awaited<ReturnType<typeof createFuzzWorld>>;

const future = (days: number) => new Date(Date.now() + days * 24 * 3600_000);

async function created<P>(handler: TRouteHandler<P>, token: string, id: string, path: string, body: unknown) {
  const res = await callRoute(handler, `/api/v1/meetings/${id}/${path}`, {
    method: "POST",
    token,
    body,
    params: { id } as P,
  });
  if (res.status >= 300) throw new Error(`seeding ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string };
}

export async function createFuzzWorld() {
  const programme = await createProgramme("Fuzz programme");
  const other = await createProgramme();
  // The programmes family edits this one: renaming the fuzz programme would stop bundles matching it.
  const edited = await createProgramme();
  const admin = await createUserToken({ role: "ADMIN" });
  const secretariat = await createUserToken({ role: "SECRETARIAT", programmeId: programme.id });
  const organisations = await Promise.all([createOrganisation(), createOrganisation("UN_ENTITY")]);
  const people = await Promise.all(organisations.map((o) => createPerson(o.id)));
  // What the organisations and people families edit; the seeded ones keep their names and e-mails.
  const editedOrganisation = await createOrganisation();
  const editedPerson = await createPerson(editedOrganisation.id);
  const [kept] = organisations;

  const meeting = (days: number, status: "SCHEDULED" | "HELD" = "SCHEDULED") =>
    createMeeting(programme.id, { status, startsAt: future(days) });
  const meetings = {
    edit: await meeting(30),
    status: await meeting(31),
    agenda: await meeting(32),
    // Held once its invitations are seeded below: a held meeting takes none.
    record: await meeting(-2),
    register: await meeting(-1, "HELD"),
    invite: await meeting(33),
    rsvp: await meeting(34),
    coChairs: await meeting(35),
    other: await createMeeting(other.id),
  };
  const invitations = await Promise.all(people.map((p) => invite(meetings.register.id, p.id)));

  // A meeting with something in every part of its record, exported as the import family's base.
  const record = meetings.record.id;
  await created(postInvitations, secretariat, record, "invitations", { personIds: people.map((p) => p.id) });
  meetings.record = await db().meeting.update({ where: { id: record }, data: { status: "HELD" } });
  const item = await created(postAgendaItem, secretariat, record, "agenda", {
    title: "Opening",
    presenterPersonId: people[0].id,
    plannedMinutes: 10,
  });
  await created(postRemark, secretariat, record, "remarks", {
    speakerPersonId: people[0].id,
    agendaItemId: item.id,
    summary: "Welcomed the members",
    quote: "Selamat pagi",
  });
  await created(postDecision, secretariat, record, "decisions", {
    text: "Minutes adopted",
    agendaItemId: item.id,
  });
  await created(postActionItem, secretariat, record, "action-items", {
    title: "Circulate the report",
    ownerOrganisationId: kept.id,
    dueDate: "2027-01-31",
  });
  await created(postCoChair, secretariat, record, "co-chairs", {
    personId: people[1].id,
    capacity: "Co-chair",
  });
  const exported = await callRoute(exportBundle, `/api/v1/meetings/${record}/export`, {
    token: secretariat,
    params: { id: record },
  });
  const bundle = (await exported.json()) as Record<string, unknown>;

  // Whom the token family may revoke and end sessions of: never the callers of the other families.
  const victims = await Promise.all(
    [0, 1, 2].map(() => createUser({ role: "MEMBER", programmeId: programme.id })),
  );
  await Promise.all(victims.map((v) => tokenFor(v)));
  const adminUser = await createUser({ role: "ADMIN" });

  return {
    programme,
    otherProgrammeId: other.id,
    editedProgrammeId: edited.id,
    admin,
    secretariat,
    adminCookie: await sessionCookie(adminUser.id),
    editedOrganisationId: editedOrganisation.id,
    editedPersonId: editedPerson.id,
    organisationIds: organisations.map((o) => o.id),
    organisationNames: organisations.flatMap((o) => [o.name, o.acronym ?? o.name]),
    personIds: people.map((p) => p.id),
    meetings,
    invitationIds: invitations.map((i) => i.id),
    bundle,
    victimUserIds: victims.map((v) => v.id),
    victimTokenIds: (
      await db().apiToken.findMany({ where: { userId: { in: victims.map((v) => v.id) } } })
    ).map((t) => t.id),
  };
}

/** Ids a query may look for: a hostile path value names nothing (and must not reach the database here). */
const isIdShaped = (id: unknown): id is string => typeof id === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(id);

const newest = <T>(rows: { id: string }[] & T[]) => rows[0]?.id ?? "cnoneyet0000000000000000000";

/** A fresh RSVP invitation of the RSVP meeting and its token, as the invitee holds it. */
export async function freshRsvpToken(world: TFuzzWorld): Promise<{ token: string; linkId: string }> {
  const { rsvp } = world.meetings;
  const person = await createPerson(world.organisationIds[0]);
  const invitation = await invite(rsvp.id, person.id);
  const token = await issueLink({
    purpose: "RSVP",
    personId: person.id,
    subjectId: invitation.id,
    programmeId: rsvp.programmeId,
    expiresAt: rsvpLinkExpiry(rsvp),
  });
  return { token, linkId: token.split(".")[0] };
}

/** The "$live:" look-ups; a failed look-up gives a stale version (1), which the app must answer 409 to. */
export function fuzzResolvers(world: TFuzzWorld): TResolvers {
  const d = db();
  let freshMeetings = 0;
  const { meetings } = world;
  const version = (read: (id: string) => Promise<{ version: number } | null>) => async (id: unknown) =>
    isIdShaped(id) ? ((await read(id))?.version ?? 1) : 1;
  const resolvers: TResolvers = {
    meetingVersion: ({ id }) => version((i) => d.meeting.findUnique({ where: { id: i } }))(id),
    newestMeeting: async () =>
      newest(
        await d.meeting.findMany({
          where: { programmeId: world.programme.id },
          orderBy: { createdAt: "desc" },
          take: 1,
        }),
      ),
    freshMeeting: async () => {
      // Numbered far from both the factory's and the app's own numbering, so they never collide.
      freshMeetings += 1;
      const startsAt = future(40);
      const meeting = await d.meeting.create({
        data: {
          programmeId: world.programme.id,
          sequenceNumber: 900_000 + freshMeetings,
          title: `Fresh meeting ${freshMeetings}`,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3600_000),
          status: "SCHEDULED",
        },
      });
      return meeting.id;
    },
    agendaItem: async () =>
      newest(
        await d.agendaItem.findMany({
          where: { meetingId: meetings.agenda.id },
          orderBy: { id: "desc" },
          take: 1,
        }),
      ),
    agendaItemVersion: ({ itemId }) => version((i) => d.agendaItem.findUnique({ where: { id: i } }))(itemId),
    agendaOrder: async () =>
      (
        await d.agendaItem.findMany({ where: { meetingId: meetings.agenda.id }, orderBy: { order: "desc" } })
      ).map((i) => i.id),
    recordAgendaItem: async () =>
      newest(
        await d.agendaItem.findMany({
          where: { meetingId: meetings.record.id },
          orderBy: { id: "desc" },
          take: 1,
        }),
      ),
    remark: async () =>
      newest(
        await d.remark.findMany({
          where: { meetingId: meetings.record.id },
          orderBy: { id: "desc" },
          take: 1,
        }),
      ),
    remarkVersion: ({ remarkId }) => version((i) => d.remark.findUnique({ where: { id: i } }))(remarkId),
    decision: async () =>
      newest(
        await d.decision.findMany({
          where: { meetingId: meetings.record.id },
          orderBy: { id: "desc" },
          take: 1,
        }),
      ),
    decisionVersion: ({ decisionId }) =>
      version((i) => d.decision.findUnique({ where: { id: i } }))(decisionId),
    actionItem: async () =>
      newest(
        await d.actionItem.findMany({
          where: { meetingId: meetings.record.id },
          orderBy: { id: "desc" },
          take: 1,
        }),
      ),
    actionItemVersion: ({ actionItemId }) =>
      version((i) => d.actionItem.findUnique({ where: { id: i } }))(actionItemId),
    registerRow: async () =>
      newest(
        await d.invitation.findMany({
          where: { meetingId: meetings.register.id },
          orderBy: { id: "desc" },
          take: 1,
        }),
      ),
    registerVersion: async ({ invitationId }) => {
      const row = isIdShaped(invitationId)
        ? await d.invitation.findUnique({ where: { id: invitationId } })
        : null;
      return row ? rowVersion(row.updatedAt) : "2026-01-01T00:00:00.000Z";
    },
    organisation: async () =>
      newest(await d.organisation.findMany({ orderBy: { createdAt: "desc" }, take: 1 })),
    organisationVersion: ({ id }) => version((i) => d.organisation.findUnique({ where: { id: i } }))(id),
    freshOrganisation: async () => (await createOrganisation()).id,
    person: async () => newest(await d.person.findMany({ orderBy: { createdAt: "desc" }, take: 1 })),
    personVersion: ({ id }) => version((i) => d.person.findUnique({ where: { id: i } }))(id),
    freshPerson: async () => (await createPerson(world.organisationIds[1])).id,
    programmeVersion: ({ id }) => version((i) => d.programme.findUnique({ where: { id: i } }))(id),
    freshLink: async () => (await freshRsvpToken(world)).linkId,
    newestLink: async () =>
      newest(
        await d.link.findMany({
          where: { programmeId: world.programme.id },
          orderBy: { createdAt: "desc" },
          take: 1,
        }),
      ),
  };
  return resolvers;
}
