// The meeting endpoints in the API description.
import { z } from "zod";
import {
  errorResponses,
  paginated,
  queryParameters,
  schema,
  type TOpenApiFragment,
} from "@/lib/api/openapi-helpers";
import { ZCreateMeeting, ZListMeetingsQuery, ZMeetingSummary } from "./schema";

export const meetingOpenApi: TOpenApiFragment = {
  schemas: {
    MeetingSummary: schema(ZMeetingSummary),
    MeetingList: schema(paginated(ZMeetingSummary)),
    CreateMeeting: z.toJSONSchema(ZCreateMeeting, { io: "input", unrepresentable: "any" }),
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
        summary: "Schedule a meeting (as a draft, numbered after the programme's previous one of its kind)",
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
        summary: "One meeting",
        operationId: "getMeeting",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": {
            description: "The meeting",
            content: { "application/json": { schema: { $ref: "#/components/schemas/MeetingSummary" } } },
          },
          "404": {
            description: "No such meeting, or not one you may see",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
          ...errorResponses,
        },
      },
    },
  },
};
