// The fuzz test's families of a held meeting's record and register: remarks, decisions and action
// items (create, edit, delete at a version, list), signing invitees in, adding walk-ins and setting
// attendance. Sent as the programme's secretariat.
import fc from "fast-check";
import {
  PATCH as patchActionItem,
  DELETE as deleteActionItem,
} from "@/app/api/v1/meetings/[id]/action-items/[actionItemId]/route";
import {
  GET as listActionItems,
  POST as postActionItem,
} from "@/app/api/v1/meetings/[id]/action-items/route";
import { PATCH as patchAttendance } from "@/app/api/v1/meetings/[id]/attendance/[invitationId]/route";
import { GET as listRegister, POST as postAttendance } from "@/app/api/v1/meetings/[id]/attendance/route";
import {
  PATCH as patchDecision,
  DELETE as deleteDecision,
} from "@/app/api/v1/meetings/[id]/decisions/[decisionId]/route";
import { POST as postDecision } from "@/app/api/v1/meetings/[id]/decisions/route";
import {
  PATCH as patchRemark,
  DELETE as deleteRemark,
} from "@/app/api/v1/meetings/[id]/remarks/[remarkId]/route";
import { POST as postRemark } from "@/app/api/v1/meetings/[id]/remarks/route";
import { callsOf, endpoint, httpFamily, orNull, pageQuery, versionField, versionQuery } from "./fuzz-http";
import { bodyOf, objectOf, queryOf } from "./fuzz-bodies";
import { live, type TEndpoint, type TResolvers } from "./fuzz-request";
import type { TFamily } from "./fuzz-run";
import {
  cuidLike,
  field,
  goodDate,
  hostileDate,
  hostileId,
  hostileString,
  hostileValue,
  idOf,
  okText,
} from "./fuzz-values";
import type { TFuzzWorld } from "./fuzz-world";

export function recordFamilies(world: TFuzzWorld, resolvers: TResolvers): TFamily<unknown>[] {
  const { meetings, secretariat } = world;
  const person = fc.constantFrom(...world.personIds);
  const organisation = fc.constantFrom(...world.organisationIds);
  const meetingIdOf = (id: string) => idOf(fc.constant(id));
  const recordId = meetings.record.id;
  const agendaItemRef = field(orNull(fc.constant(live("recordAgendaItem"))), hostileId);
  const clientId = field(fc.option(cuidLike, { nil: undefined }), fc.oneof(hostileId, hostileValue));

  /** A record kind's create, edit, delete and list, with its own fields. */
  const recordFamily = (
    name: string,
    path: string,
    idName: string,
    handlers: {
      create: TEndpoint["handler"];
      edit: TEndpoint["handler"];
      remove: TEndpoint["handler"];
      list?: TEndpoint["handler"];
    },
    fields: Record<string, fc.Arbitrary<unknown>>,
    liveName: string,
  ) =>
    httpFamily(
      name,
      secretariat,
      {
        create: endpoint(handlers.create, "POST", `/api/v1/meetings/{id}/${path}`),
        edit: endpoint(handlers.edit, "PATCH", `/api/v1/meetings/{id}/${path}/{${idName}}`),
        remove: endpoint(handlers.remove, "DELETE", `/api/v1/meetings/{id}/${path}/{${idName}}`),
        ...(handlers.list ? { list: endpoint(handlers.list, "GET", `/api/v1/meetings/{id}/${path}`) } : {}),
      },
      [
        callsOf("create", {
          params: { id: meetingIdOf(recordId) },
          body: bodyOf(objectOf({ id: clientId, ...fields })),
        }),
        callsOf("edit", {
          params: { id: meetingIdOf(recordId), [idName]: idOf(fc.constant(live(liveName))) },
          body: bodyOf(objectOf({ version: versionField(`${liveName}Version`), ...fields })),
        }),
        callsOf("remove", {
          params: { id: meetingIdOf(recordId), [idName]: idOf(fc.constant(live(liveName))) },
          query: versionQuery(`${liveName}Version`),
        }),
        ...(handlers.list ? [callsOf("list", { params: { id: meetingIdOf(recordId) } })] : []),
      ],
      resolvers,
    );

  const remarks = recordFamily(
    "remarks",
    "remarks",
    "remarkId",
    { create: postRemark, edit: patchRemark, remove: deleteRemark },
    {
      agendaItemId: agendaItemRef,
      speakerPersonId: field(person, hostileId),
      kind: field(fc.constantFrom("OPENING", "STATEMENT", "RESPONSE", "CLOSING")),
      summary: field(okText(1, 5000, { isOneLine: false })),
      quote: field(orNull(okText(0, 2000, { isOneLine: false }))),
    },
    "remark",
  );
  const decisions = recordFamily(
    "decisions",
    "decisions",
    "decisionId",
    { create: postDecision, edit: patchDecision, remove: deleteDecision },
    { agendaItemId: agendaItemRef, text: field(okText(1, 5000, { isOneLine: false })) },
    "decision",
  );
  const actionItems = recordFamily(
    "action items",
    "action-items",
    "actionItemId",
    { create: postActionItem, edit: patchActionItem, remove: deleteActionItem, list: listActionItems },
    {
      title: field(okText(2, 500)),
      status: field(fc.constantFrom("OPEN", "IN_PROGRESS", "DONE", "DROPPED")),
      agendaItemId: agendaItemRef,
      description: field(orNull(okText(0, 5000, { isOneLine: false }))),
      ownerOrganisationId: field(orNull(organisation), hostileId),
      ownerPersonId: field(orNull(person), hostileId),
      dueDate: field(orNull(goodDate), hostileDate),
      remarkId: field(orNull(fc.constant(live("remark"))), hostileId),
      decisionId: field(orNull(fc.constant(live("decision"))), hostileId),
    },
    "actionItem",
  );

  const registerId = meetings.register.id;
  const newPerson = objectOf({
    name: field(okText(1, 200)),
    position: field(orNull(okText(0, 200, { isOneLine: false }))),
    email: field(
      orNull(fc.emailAddress()),
      fc.oneof(hostileString, fc.constantFrom("A@B.C", "a@b", "x@\u0000.org")),
    ),
    sex: field(orNull(fc.constantFrom("FEMALE", "MALE", "PREFER_NOT_TO_SAY"))),
    organisationId: field(orNull(organisation), hostileId),
    newOrganisation: field(
      orNull(
        objectOf({
          name: field(okText(1, 200)),
          acronym: field(orNull(okText(0, 30))),
          kind: field(fc.constantFrom("DONOR", "OTHER")),
        }),
      ),
    ),
  });
  const register = httpFamily(
    "register",
    secretariat,
    {
      add: endpoint(postAttendance, "POST", "/api/v1/meetings/{id}/attendance"),
      set: endpoint(patchAttendance, "PATCH", "/api/v1/meetings/{id}/attendance/{invitationId}"),
      list: endpoint(listRegister, "GET", "/api/v1/meetings/{id}/attendance"),
    },
    [
      callsOf("add", {
        params: { id: meetingIdOf(registerId) },
        body: bodyOf(
          fc.oneof(
            objectOf({
              action: field(fc.constant("sign-in")),
              invitationId: field(
                fc.oneof(fc.constantFrom(...world.invitationIds), fc.constant(live("registerRow"))),
                hostileId,
              ),
            }),
            objectOf({
              action: field(fc.constant("walk-in")),
              personId: field(orNull(fc.constant(live("freshPerson"))), hostileId),
              newPerson: field(orNull(newPerson)),
              delegateOfPersonId: field(orNull(person), hostileId),
            }),
          ),
        ),
      }),
      callsOf("set", {
        params: {
          id: meetingIdOf(registerId),
          invitationId: idOf(
            fc.oneof(fc.constantFrom(...world.invitationIds), fc.constant(live("registerRow"))),
          ),
        },
        body: bodyOf(
          objectOf({
            attendance: field(fc.constantFrom("PRESENT", "ABSENT", "EXCUSED", null)),
            version: field(
              fc.option(fc.constant(live("registerVersion")), { nil: undefined }),
              fc.oneof(hostileDate, hostileString),
            ),
          }),
        ),
      }),
      callsOf("list", {
        params: { id: meetingIdOf(registerId) },
        query: queryOf({ q: hostileString, page: pageQuery }),
      }),
    ],
    resolvers,
  );

  return [remarks, decisions, actionItems, register] as TFamily<unknown>[];
}
