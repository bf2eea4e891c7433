// The attendance statistics endpoints in the API description.
import { errorResponses, jsonRef, schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { ZMeetingAttendanceStats, ZProgrammeAttendanceStats } from "./schema";

const idParameter = [{ name: "id", in: "path", required: true, schema: { type: "string" } }];

const notFound = (what: string) => ({
  "404": { description: `No such ${what}, or not one you may see`, content: jsonRef("Error") },
});

export const attendanceOpenApi: TOpenApiFragment = {
  schemas: {
    MeetingAttendanceStats: schema(ZMeetingAttendanceStats),
    ProgrammeAttendanceStats: schema(ZProgrammeAttendanceStats),
  },
  paths: {
    "/meetings/{id}/attendance/stats": {
      get: {
        summary: "Attendance of one meeting by organisation, organisation kind, sex and role",
        description:
          "Participants are persons marked present (walk-ins and delegates included); directorates count under their top-level organisation.",
        operationId: "getMeetingAttendanceStats",
        parameters: idParameter,
        responses: {
          "200": {
            description: "The meeting's attendance statistics",
            content: jsonRef("MeetingAttendanceStats"),
          },
          ...notFound("meeting"),
          ...errorResponses,
        },
      },
    },
    "/programmes/{id}/attendance/stats": {
      get: {
        summary: "Attendance per meeting of a programme, and unique persons over time",
        description: "Needs permission to read every meeting of the programme.",
        operationId: "getProgrammeAttendanceStats",
        parameters: idParameter,
        responses: {
          "200": {
            description: "One row per meeting that is not cancelled, and totals",
            content: jsonRef("ProgrammeAttendanceStats"),
          },
          ...notFound("programme"),
          ...errorResponses,
        },
      },
    },
  },
};
