// The versions of the draft minutes and the diff between two of them, for openapi.json.
import { queryParameters, schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { errorAnswer, inputSchema, jsonOperation, pathParameter } from "@/lib/openapi/operation";
import {
  ZCutMinutesVersion,
  ZMinutesDiff,
  ZMinutesDiffQuery,
  ZMinutesVersion,
  ZMinutesVersionList,
  ZMinutesVersionSummary,
} from "./versions-schema";

const notFound = errorAnswer(
  "404",
  "No such meeting or version, or not one you may see (or, for a POST, change)",
);

export const minutesVersionsOpenApi: TOpenApiFragment = {
  schemas: {
    MinutesVersionSummary: schema(ZMinutesVersionSummary),
    MinutesVersionList: schema(ZMinutesVersionList),
    MinutesVersion: schema(ZMinutesVersion),
    MinutesDiff: schema(ZMinutesDiff),
    CutMinutesVersion: inputSchema(ZCutMinutesVersion),
  },
  paths: {
    "/meetings/{id}/minutes/versions": {
      get: jsonOperation({
        summary: "The versions of the meeting's draft minutes, oldest first: number, when, who, what changed",
        operationId: "listMinutesVersions",
        parameters: [pathParameter("id")],
        answers: { "200": ["The versions", "MinutesVersionList"] },
        errors: notFound,
      }),
      post: jsonOperation({
        summary:
          "Create the draft minutes (version 1, from a held meeting, which moves to MINUTES_DRAFT) or cut the next version from the record as it is now (`note` required). A version never changes afterwards",
        operationId: "cutMinutesVersion",
        parameters: [pathParameter("id")],
        body: "CutMinutesVersion",
        answers: { "201": ["The new version", "MinutesVersionSummary"] },
        errors: {
          ...notFound,
          ...errorAnswer(
            "409",
            "The meeting is not held yet (no draft), the minutes are adopted, or someone cut a version meanwhile (`number` no longer next); nothing was saved",
          ),
        },
      }),
    },
    "/meetings/{id}/minutes/versions/{n}": {
      get: jsonOperation({
        summary: "One version with its snapshot of the record (render it in either language)",
        operationId: "getMinutesVersion",
        parameters: [pathParameter("id"), { ...pathParameter("n"), schema: { type: "integer", minimum: 1 } }],
        answers: { "200": ["The version", "MinutesVersion"] },
        errors: notFound,
      }),
    },
    "/meetings/{id}/minutes/diff": {
      get: jsonOperation({
        summary:
          "What changed between two versions, per section (attendance, agenda, remarks, decisions, action items): entries added, removed and changed field by field, matched by record id",
        operationId: "diffMinutesVersions",
        parameters: [pathParameter("id"), ...queryParameters(ZMinutesDiffQuery)],
        answers: { "200": ["The differences", "MinutesDiff"] },
        errors: notFound,
      }),
    },
  },
};
