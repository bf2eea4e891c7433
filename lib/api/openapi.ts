// The OpenAPI document of /api/v1, built from the same zod schemas the routes validate with,
// so the documentation cannot drift from the code.
import { z } from "zod";
import { ZCreateMeeting, ZMeetingSummary, ZListMeetingsQuery } from "@/lib/meeting/schema";

const ZError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

function paginated(item: z.ZodType) {
  return z.object({
    data: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    pageCount: z.number().int(),
  });
}

function schema(zodSchema: z.ZodType) {
  return z.toJSONSchema(zodSchema, { io: "output", unrepresentable: "any" });
}

/** Query parameters documented from a zod object schema. */
function queryParameters(zodObject: z.ZodObject) {
  const json = z.toJSONSchema(zodObject, { io: "input" }) as {
    properties: Record<string, object>;
    required?: string[];
  };
  return Object.entries(json.properties).map(([name, s]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
}

const errorResponses = {
  "400": {
    description: "Invalid input",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  },
  "401": {
    description: "Missing or invalid token",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  },
};

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Notulen API",
      version: "1",
      description:
        "Meetings, attendance, minutes and follow-ups of Programme Steering Committees. Authenticate with `Authorization: Bearer <token>` (create one with `npm run cli -- token create --email …`). Missing records and records you may not see both answer 404.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerAuth: [] }],
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } },
      schemas: {
        Error: schema(ZError),
        MeetingSummary: schema(ZMeetingSummary),
        MeetingList: schema(paginated(ZMeetingSummary)),
        CreateMeeting: z.toJSONSchema(ZCreateMeeting, { io: "input", unrepresentable: "any" }),
      },
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
}
