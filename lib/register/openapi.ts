// The attendance register endpoints (list, sign in, walk-in, set status, sign-in sheet) in the API description.
import { z } from "zod";
import {
  errorResponses,
  jsonRef,
  queryParameters,
  schema,
  type TOpenApiFragment,
} from "@/lib/api/openapi-helpers";
import {
  ZRegisterPage,
  ZRegisterPost,
  ZRegisterQuery,
  ZRegisterRow,
  ZSetAttendance,
  ZSignInSheetQuery,
} from "./schema";

const path = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });
const notFound = {
  "404": {
    description: "No such meeting or register row, or not a meeting whose register you may run",
    content: jsonRef("Error"),
  },
};
const conflict = {
  "409": { description: "The row changed after the `version` you sent", content: jsonRef("Error") },
};

export const registerOpenApi: TOpenApiFragment = {
  schemas: {
    RegisterRow: schema(ZRegisterRow),
    RegisterPage: schema(ZRegisterPage),
    RegisterPost: z.toJSONSchema(ZRegisterPost, { io: "input", unrepresentable: "any" }),
    SetAttendance: z.toJSONSchema(ZSetAttendance, { io: "input", unrepresentable: "any" }),
  },
  paths: {
    "/meetings/{id}/attendance": {
      get: {
        summary: "The attendance register: invitees and walk-ins, by name, with present / invited counts",
        description:
          "Needs permission to manage the meeting. `q` searches name, e-mail, position, organisation name and acronym.",
        operationId: "listAttendanceRegister",
        parameters: [path("id"), ...queryParameters(ZRegisterQuery)],
        responses: {
          "200": { description: "One page of the register", content: jsonRef("RegisterPage") },
          ...notFound,
          ...errorResponses,
        },
      },
      post: {
        summary:
          "Sign an invitee in, or add a walk-in (a new person and organisation may be created with them)",
        description:
          "`action: sign-in` marks the row present and signed in now. `action: walk-in` takes a directory `personId` or a `newPerson` (with `organisationId` or `newOrganisation`) and an optional `delegateOfPersonId`; field errors name the whole path, e.g. `newPerson.name`.",
        operationId: "postAttendance",
        parameters: [path("id")],
        requestBody: { required: true, content: jsonRef("RegisterPost") },
        responses: {
          "200": { description: "The row signed in", content: jsonRef("RegisterRow") },
          "201": { description: "The walk-in's new row", content: jsonRef("RegisterRow") },
          ...notFound,
          ...errorResponses,
        },
      },
    },
    "/meetings/{id}/sign-in-sheet.pdf": {
      get: {
        summary:
          "The printable sign-in sheet (A4 PDF): invitees by organisation then name, numbered, with signature boxes",
        description:
          "For when the network fails at the venue. Needs permission to manage the meeting. The row numbers match the later entry from the paper sheet; blank rows for walk-ins follow. `lang` sets the headings and page numbers.",
        operationId: "getSignInSheet",
        parameters: [path("id"), ...queryParameters(ZSignInSheetQuery)],
        responses: {
          "200": {
            description: "The sign-in sheet",
            content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
          },
          ...notFound,
          ...errorResponses,
        },
      },
    },
    "/meetings/{id}/attendance/{invitationId}": {
      patch: {
        summary: "Set one person's attendance (present, absent, excused, or null = not recorded)",
        description:
          "Present keeps an earlier sign-in time; any other value clears it. Undo sends the previous value.",
        operationId: "setAttendance",
        parameters: [path("id"), path("invitationId")],
        requestBody: { required: true, content: jsonRef("SetAttendance") },
        responses: {
          "200": { description: "The changed row", content: jsonRef("RegisterRow") },
          ...notFound,
          ...conflict,
          ...errorResponses,
        },
      },
    },
  },
};
