// The meeting bundle endpoints (export a meeting as one JSON document, import one), for lib/api/openapi.ts.
import { z } from "zod";
import { errorResponses, jsonRef, schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { ZBundleImportResult } from "./result";
import { ZMeetingBundle } from "./schema";

const notFound = {
  "404": { description: "No such meeting, or not one you may read", content: jsonRef("Error") },
};

export const bundleOpenApi: TOpenApiFragment = {
  schemas: {
    MeetingBundle: schema(ZMeetingBundle),
    MeetingBundleInput: z.toJSONSchema(ZMeetingBundle, { io: "input", unrepresentable: "any" }),
    MeetingBundleImportResult: schema(ZBundleImportResult),
  },
  paths: {
    "/meetings/{id}/export": {
      get: {
        summary:
          "The whole meeting as a meeting bundle (docs/meeting-bundle.md): programme facts, organisations, people, agenda, attendance, remarks, decisions and action items, with bundle-local keys instead of ids. Sent as a file download",
        operationId: "exportMeetingBundle",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": { description: "The bundle", content: jsonRef("MeetingBundle") },
          ...notFound,
          ...errorResponses,
        },
      },
    },
    "/meetings/import": {
      post: {
        summary:
          "Create a meeting from a meeting bundle, in one transaction. The programme is found by title and country (else created, which needs a global programme:manage), organisations by name, people by e-mail, else by name and organisation; everything else is created. A 400 lists every problem of the bundle in `error.fieldErrors`, keyed by path (`remarks.3.speaker`); nothing is saved",
        operationId: "importMeetingBundle",
        requestBody: { required: true, content: jsonRef("MeetingBundleInput") },
        responses: {
          "201": {
            description: "The new meeting and what was created or matched",
            content: jsonRef("MeetingBundleImportResult"),
          },
          "409": {
            description: "The programme already has a meeting of this kind and number",
            content: jsonRef("Error"),
          },
          ...errorResponses,
        },
      },
    },
  },
};
