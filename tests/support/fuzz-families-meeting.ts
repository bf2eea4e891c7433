// The fuzz test's families of a meeting itself: scheduling, editing and listing meetings, moving
// one along its lifecycle, its agenda (items, order, generated items) and its co-chairs. Each is a
// generator of calls (endpoint, path ids, query, body) sent as the programme's secretariat;
// tests/support/fuzz-values.ts says what "hostile" means.
import fc from "fast-check";
import {
  PATCH as patchAgendaItem,
  DELETE as deleteAgendaItem,
} from "@/app/api/v1/meetings/[id]/agenda/[itemId]/route";
import { POST as postGenerated } from "@/app/api/v1/meetings/[id]/agenda/generated/route";
import { PUT as putOrder } from "@/app/api/v1/meetings/[id]/agenda/order/route";
import { POST as postAgendaItem } from "@/app/api/v1/meetings/[id]/agenda/route";
import { DELETE as deleteCoChair } from "@/app/api/v1/meetings/[id]/co-chairs/[personId]/route";
import { POST as postCoChair } from "@/app/api/v1/meetings/[id]/co-chairs/route";
import { GET as getMeeting, PATCH as patchMeeting } from "@/app/api/v1/meetings/[id]/route";
import { POST as postStatus } from "@/app/api/v1/meetings/[id]/status/route";
import { GET as listMeetings, POST as postMeeting } from "@/app/api/v1/meetings/route";
import { callsOf, endpoint, httpFamily, orNull, pageQuery, versionField, versionQuery } from "./fuzz-http";
import { bodyOf, objectOf, queryOf } from "./fuzz-bodies";
import { live, type TResolvers } from "./fuzz-request";
import type { TFamily } from "./fuzz-run";
import {
  field,
  goodDateTime,
  hostileDate,
  hostileId,
  hostileNumber,
  hostileString,
  hostileUrl,
  hostileValue,
  idOf,
  numericString,
  okText,
} from "./fuzz-values";
import type { TFuzzWorld } from "./fuzz-world";

export function meetingFamilies(world: TFuzzWorld, resolvers: TResolvers): TFamily<unknown>[] {
  const { meetings, secretariat } = world;
  const person = fc.constantFrom(...world.personIds);
  const meetingIdOf = (id: string) => idOf(fc.constant(id));
  const meetingFields = {
    title: field(okText(3, 300)),
    purpose: field(orNull(okText(0, 4000, { isOneLine: false }))),
    startsAt: field(goodDateTime, fc.oneof(hostileDate, hostileValue)),
    endsAt: field(
      goodDateTime.map((d) => new Date(Date.parse(d) + 3 * 3600_000).toISOString()),
      hostileDate,
    ),
    timeZone: field(
      fc.constantFrom("Asia/Jakarta", "UTC", "Asia/Makassar"),
      fc.oneof(hostileString, fc.constantFrom("Mars/Olympus", "", "+07:00")),
    ),
    venueBuilding: field(orNull(okText(0, 300))),
    venueRoom: field(orNull(okText(0, 200))),
    venueAddress: field(orNull(okText(0, 500, { isOneLine: false }))),
    onlineUrl: field(
      orNull(
        fc.constantFrom(
          "https://meet.example.org/psc",
          "HTTPS://Zoom.US/j/123?pwd=x",
          "msteams:/l/meetup-join/abc",
          "zoommtg://zoom.us/join?confno=1",
        ),
      ),
      fc.oneof(hostileUrl, hostileString),
    ),
  };

  const meeting = httpFamily(
    "meetings",
    secretariat,
    {
      create: endpoint(postMeeting, "POST", "/api/v1/meetings"),
      list: endpoint(listMeetings, "GET", "/api/v1/meetings"),
      edit: endpoint(patchMeeting, "PATCH", "/api/v1/meetings/{id}"),
      read: endpoint(getMeeting, "GET", "/api/v1/meetings/{id}"),
    },
    [
      callsOf("create", {
        body: bodyOf(
          objectOf({
            programmeId: field(
              fc.constant(world.programme.id),
              fc.oneof(hostileId, fc.constant(world.otherProgrammeId)),
            ),
            kind: field(fc.constantFrom("PSC", "TECHNICAL_COMMITTEE", "AD_HOC")),
            // A new meeting starts as a draft or scheduled; HELD and the rest are refused.
            status: field(
              fc.constantFrom("DRAFT", "SCHEDULED"),
              fc.oneof(fc.constant("HELD"), hostileString),
            ),
            ...meetingFields,
          }),
        ),
      }),
      callsOf("list", {
        query: queryOf({
          page: pageQuery,
          pageSize: pageQuery,
          programmeId: fc.oneof(fc.constant(world.programme.id), hostileId),
          status: fc.oneof(fc.constantFrom("DRAFT", "HELD"), hostileString),
        }),
      }),
      callsOf("edit", {
        params: {
          id: idOf(
            fc.oneof(
              fc.constant(meetings.edit.id),
              fc.constant(live("newestMeeting")),
              fc.constant(meetings.other.id),
            ),
          ),
        },
        body: bodyOf(objectOf({ version: versionField("meetingVersion"), ...meetingFields })),
      }),
      callsOf("read", { params: { id: meetingIdOf(meetings.edit.id) } }),
    ],
    resolvers,
  );

  const status = httpFamily(
    "meeting status",
    secretariat,
    { move: endpoint(postStatus, "POST", "/api/v1/meetings/{id}/status") },
    [
      callsOf("move", {
        params: { id: idOf(fc.oneof(fc.constant(live("freshMeeting")), fc.constant(meetings.status.id))) },
        body: bodyOf(
          objectOf({
            to: field(
              fc.constantFrom(
                "DRAFT",
                "SCHEDULED",
                "HELD",
                "MINUTES_DRAFT",
                "MINUTES_IN_REVIEW",
                "MINUTES_ADOPTED",
                "CANCELLED",
              ),
            ),
            version: versionField("meetingVersion"),
          }),
        ),
      }),
    ],
    resolvers,
  );

  const agendaId = meetings.agenda.id;
  const plannedMinutes = field(
    orNull(fc.oneof(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 600 }).map(String))),
    fc.oneof(hostileNumber, numericString),
  );
  const agenda = httpFamily(
    "agenda",
    secretariat,
    {
      add: endpoint(postAgendaItem, "POST", "/api/v1/meetings/{id}/agenda"),
      edit: endpoint(patchAgendaItem, "PATCH", "/api/v1/meetings/{id}/agenda/{itemId}"),
      remove: endpoint(deleteAgendaItem, "DELETE", "/api/v1/meetings/{id}/agenda/{itemId}"),
      order: endpoint(putOrder, "PUT", "/api/v1/meetings/{id}/agenda/order"),
      generated: endpoint(postGenerated, "POST", "/api/v1/meetings/{id}/agenda/generated"),
    },
    [
      callsOf("add", {
        params: { id: meetingIdOf(agendaId) },
        body: bodyOf(
          objectOf({
            title: field(okText(2, 300)),
            presenterPersonId: field(orNull(person)),
            plannedMinutes,
          }),
        ),
      }),
      callsOf("edit", {
        params: { id: meetingIdOf(agendaId), itemId: idOf(fc.constant(live("agendaItem"))) },
        body: bodyOf(
          objectOf({
            version: versionField("agendaItemVersion"),
            title: field(okText(2, 300)),
            presenterPersonId: field(orNull(person)),
            plannedMinutes,
          }),
        ),
      }),
      callsOf("remove", {
        params: { id: meetingIdOf(agendaId), itemId: idOf(fc.constant(live("agendaItem"))) },
        query: versionQuery("agendaItemVersion"),
      }),
      callsOf("order", {
        params: { id: meetingIdOf(agendaId) },
        body: bodyOf(
          objectOf({
            itemIds: field(
              fc.constant(live("agendaOrder")),
              fc.oneof(
                fc.array(hostileId, { maxLength: 5 }),
                fc.array(fc.constant("x"), { minLength: 5000, maxLength: 20_000 }),
              ),
            ),
          }),
        ),
      }),
      callsOf("generated", { params: { id: meetingIdOf(agendaId) } }),
    ],
    resolvers,
  );

  const coChairs = httpFamily(
    "co-chairs",
    secretariat,
    {
      add: endpoint(postCoChair, "POST", "/api/v1/meetings/{id}/co-chairs"),
      remove: endpoint(deleteCoChair, "DELETE", "/api/v1/meetings/{id}/co-chairs/{personId}"),
    },
    [
      callsOf("add", {
        params: { id: meetingIdOf(meetings.coChairs.id) },
        body: bodyOf(
          objectOf({
            personId: field(fc.oneof(person, fc.constant(live("freshPerson"))), hostileId),
            capacity: field(okText(3, 300)),
          }),
        ),
      }),
      callsOf("remove", { params: { id: meetingIdOf(meetings.coChairs.id), personId: idOf(person) } }),
    ],
    resolvers,
  );

  return [meeting, status, agenda, coChairs] as TFamily<unknown>[];
}
