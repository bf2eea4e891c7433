// The attendance register endpoints (list, sign in, walk-in, set status, sign-in sheet) in the API description.
import { errorResponses, queryParameters, schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { errorAnswer, inputSchema, jsonOperation, pathParameter } from "@/lib/openapi/operation";
import {
  ZRegisterPage,
  ZRegisterPost,
  ZRegisterQuery,
  ZRegisterRow,
  ZSetAttendance,
  ZSignInSheetQuery,
} from "./schema";

const notFound = errorAnswer(
  "404",
  "No such meeting or register row, or not a meeting whose register you may run",
);

// Signing in opens on the meeting's day (lib/register/sign-in-day.ts); marking absent or excused does not wait.
const BEFORE_DAY =
  "Marked present before the meeting's day in its time zone (`params.date`, YYYY-MM-DD, is the day signing in opens)";

export const registerOpenApi: TOpenApiFragment = {
  schemas: {
    RegisterRow: schema(ZRegisterRow),
    RegisterPage: schema(ZRegisterPage),
    RegisterPost: inputSchema(ZRegisterPost),
    SetAttendance: inputSchema(ZSetAttendance),
  },
  paths: {
    "/meetings/{id}/attendance": {
      get: jsonOperation({
        summary: "The attendance register: invitees and walk-ins, by name, with present / invited counts",
        description:
          "Needs permission to manage the meeting. `q` searches name, e-mail, position, organisation name and acronym.",
        operationId: "listAttendanceRegister",
        parameters: [pathParameter("id"), ...queryParameters(ZRegisterQuery)],
        answers: { "200": ["One page of the register", "RegisterPage"] },
        errors: notFound,
      }),
      post: jsonOperation({
        summary:
          "Sign an invitee in, or add a walk-in (a new person and organisation may be created with them)",
        description:
          "`action: sign-in` marks the row present and signed in now. `action: walk-in` takes a directory `personId` or a `newPerson` (with `organisationId` or `newOrganisation`) and an optional `delegateOfPersonId`; field errors name the whole path, e.g. `newPerson.name`.",
        operationId: "postAttendance",
        parameters: [pathParameter("id")],
        body: "RegisterPost",
        answers: {
          "200": ["The row signed in", "RegisterRow"],
          "201": ["The walk-in's new row", "RegisterRow"],
        },
        errors: { ...notFound, ...errorAnswer("409", BEFORE_DAY) },
      }),
    },
    "/meetings/{id}/sign-in-sheet.pdf": {
      get: {
        summary:
          "The printable sign-in sheet (A4 PDF): invitees by organisation then name, numbered, with signature boxes",
        description:
          "For when the network fails at the venue. Needs permission to manage the meeting. The row numbers match the later entry from the paper sheet; blank rows for walk-ins follow. `lang` sets the headings and page numbers.",
        operationId: "getSignInSheet",
        parameters: [pathParameter("id"), ...queryParameters(ZSignInSheetQuery)],
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
      patch: jsonOperation({
        summary: "Set one person's attendance (present, absent, excused, or null = not recorded)",
        description:
          "Present keeps an earlier sign-in time; any other value clears it. Undo sends the previous value.",
        operationId: "setAttendance",
        parameters: [pathParameter("id"), pathParameter("invitationId")],
        body: "SetAttendance",
        answers: { "200": ["The changed row", "RegisterRow"] },
        errors: {
          ...notFound,
          ...errorAnswer("409", `The row changed after the \`version\` you sent; or: ${BEFORE_DAY}`),
        },
      }),
    },
  },
};
