// The OpenAPI document of /api/v1, assembled from the fragment each feature contributes, so the
// documentation is written next to (and from the schemas of) the code it describes.
import { actionFeedOpenApi } from "@/lib/action-item/feed-openapi";
import { accountabilityOpenApi } from "@/lib/action-item/accountability-openapi";
import { actionRegisterOpenApi } from "@/lib/action-item/register-openapi";
import { actionItemUpdatesOpenApi } from "@/lib/action-item/update-openapi";
import { carryOverOpenApi } from "@/lib/action-item/carry-over-openapi";
import { attendanceOpenApi } from "@/lib/attendance/openapi";
import { bundleOpenApi } from "@/lib/bundle/openapi";
import { calendarOpenApi } from "@/lib/calendar/openapi";
import { holidayOpenApi } from "@/lib/holiday/openapi";
import { invitationOpenApi } from "@/lib/invitation/openapi";
import { meetingOpenApi } from "@/lib/meeting/openapi";
import { recordOpenApi } from "@/lib/meeting/record-openapi";
import { minutesAdoptionOpenApi } from "@/lib/minutes/adoption-openapi";
import { minutesOpenApi } from "@/lib/minutes/openapi";
import { minutesReviewOpenApi } from "@/lib/minutes/review-openapi";
import { minutesVersionsOpenApi } from "@/lib/minutes/versions-openapi";
import { organisationOpenApi } from "@/lib/organisation/openapi";
import { personOpenApi } from "@/lib/person/openapi";
import { programmeOpenApi } from "@/lib/programme/openapi";
import { registerOpenApi } from "@/lib/register/openapi";
import { schema, ZError, type TOpenApiFragment } from "./openapi-helpers";

const FRAGMENTS: TOpenApiFragment[] = [
  meetingOpenApi,
  attendanceOpenApi,
  calendarOpenApi,
  personOpenApi,
  invitationOpenApi,
  registerOpenApi,
  programmeOpenApi,
  organisationOpenApi,
  recordOpenApi,
  minutesOpenApi,
  minutesVersionsOpenApi,
  minutesAdoptionOpenApi,
  minutesReviewOpenApi,
  actionRegisterOpenApi,
  accountabilityOpenApi,
  actionFeedOpenApi,
  bundleOpenApi,
  holidayOpenApi,
  actionItemUpdatesOpenApi,
  carryOverOpenApi,
];

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Notulen API",
      version: "1",
      description:
        "Meetings, attendance, minutes and follow-ups of Programme Steering Committees. Authenticate with `Authorization: Bearer <token>` (create one with `npm run cli -- token create --email …`), or with the signed-in session of Notulen's own pages (a change made with the session must come from those pages: `Sec-Fetch-Site: same-origin` or a same-origin `Origin`, else 403). Missing records and records you may not see both answer 404. Errors answer `{ error: { code, messageKey, message, fieldErrors } }`, with messages in English or Bahasa Indonesia (`Accept-Language: id`).",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: Object.assign({ Error: schema(ZError) }, ...FRAGMENTS.map((f) => f.schemas)) as Record<
        string,
        object
      >,
    },
    paths: Object.assign({}, ...FRAGMENTS.map((f) => f.paths)) as Record<string, Record<string, TOperation>>,
  };
}

type TOperation = { parameters?: { name: string }[]; [key: string]: unknown };
