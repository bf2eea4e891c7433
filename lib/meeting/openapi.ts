// The meeting endpoints in the API description.
import { z } from "zod";
import {
  errorResponses,
  paginated,
  queryParameters,
  jsonRef,
  schema,
  type TOpenApiFragment,
} from "@/lib/api/openapi-helpers";
import { agendaOpenApi } from "@/lib/agenda/openapi";
import {
  ZChangeMeetingStatus,
  ZCreateMeeting,
  ZListMeetingsQuery,
  ZMeetingDetail,
  ZMeetingSummary,
  ZUpdateMeeting,
} from "./schema";

const idParameter = { name: "id", in: "path", required: true, schema: { type: "string" } };
const notFound = {
  "404": { description: "No such meeting, or not one you may see (or change)", content: jsonRef("Error") },
};
const conflict = {
  "409": {
    description: "Someone else changed the meeting since you read `version`; read it again and retry",
    content: jsonRef("Error"),
  },
};
const input = (zodSchema: z.ZodType) => z.toJSONSchema(zodSchema, { io: "input", unrepresentable: "any" });

export const meetingOpenApi: TOpenApiFragment = {
  schemas: {
    MeetingSummary: schema(ZMeetingSummary),
    MeetingList: schema(paginated(ZMeetingSummary)),
    MeetingDetail: schema(ZMeetingDetail),
    CreateMeeting: input(ZCreateMeeting),
    UpdateMeeting: input(ZUpdateMeeting),
    ChangeMeetingStatus: input(ZChangeMeetingStatus),
    ...agendaOpenApi.schemas,
  },
  paths: {
    "/meetings": {
      get: {
        summary: "List the meetings you may see, newest first",
        operationId: "listMeetings",
        parameters: queryParameters(ZListMeetingsQuery),
        responses: {
          "200": {
            description: "One page of meetings",
            content: { "application/json": { schema: { $ref: "#/components/schemas/MeetingList" } } },
          },
          ...errorResponses,
        },
      },
      post: {
        summary: "Create a meeting, numbered after the programme's previous one of its kind",
        description:
          "Without `status` the meeting is a draft (DRAFT), as before; send `status: SCHEDULED` to schedule it at once. Invitations can be sent only to a scheduled meeting: schedule a draft later with POST /meetings/{id}/status.",
        operationId: "createMeeting",
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/CreateMeeting" } } },
        },
        responses: {
          "201": {
            description: "The new meeting",
            content: { "application/json": { schema: { $ref: "#/components/schemas/MeetingSummary" } } },
          },
          ...errorResponses,
        },
      },
    },
    "/meetings/{id}": {
      get: {
        summary: "One meeting, with its co-chairs, agenda and invited/present counts",
        operationId: "getMeeting",
        parameters: [idParameter],
        responses: {
          "200": { description: "The meeting", content: jsonRef("MeetingDetail") },
          ...notFound,
          ...errorResponses,
        },
      },
      patch: {
        summary:
          "Edit a meeting. Send only the fields that change, plus the `version` you read; changing date, time, time zone, venue or link raises the calendar SEQUENCE",
        operationId: "updateMeeting",
        parameters: [idParameter],
        requestBody: { required: true, content: jsonRef("UpdateMeeting") },
        responses: {
          "200": { description: "The meeting after the edit", content: jsonRef("MeetingDetail") },
          ...notFound,
          ...conflict,
          ...errorResponses,
        },
      },
    },
    "/meetings/{id}/status": {
      post: {
        summary:
          "Move a meeting along draft → scheduled → held → minutes draft ⇄ minutes in review, or cancel it while draft or scheduled. A move not in that list is a 400. Minutes are adopted only with POST /meetings/{id}/minutes/adopt (which fingerprints them): `to: MINUTES_ADOPTED` here is a 409",
        operationId: "changeMeetingStatus",
        parameters: [idParameter],
        requestBody: { required: true, content: jsonRef("ChangeMeetingStatus") },
        responses: {
          "200": { description: "The meeting in its new status", content: jsonRef("MeetingDetail") },
          ...notFound,
          ...conflict,
          ...errorResponses,
        },
      },
    },
    ...agendaOpenApi.paths,
  },
};
