// The calendar (iCalendar) endpoints in the API description.
import { errorResponses, queryParameters, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { ZCalendarQuery } from "./schema";

const idParameter = (what: string) => ({
  name: "id",
  in: "path",
  required: true,
  schema: { type: "string" },
  description: `The ${what}'s id`,
});

const calendarContent = {
  "text/calendar": { schema: { type: "string", description: "An iCalendar (RFC 5545) document" } },
};

const notFound = (what: string) => ({
  "404": {
    description: `No such ${what}, or not one you may see`,
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  },
});

export const calendarOpenApi: TOpenApiFragment = {
  schemas: {},
  paths: {
    "/meetings/{id}/calendar.ics": {
      get: {
        summary:
          "The meeting's invitation as iCalendar: METHOD:REQUEST (SEQUENCE rises with each change), METHOD:CANCEL once cancelled",
        operationId: "getMeetingCalendar",
        parameters: [idParameter("meeting"), ...queryParameters(ZCalendarQuery)],
        responses: {
          "200": { description: "The invitation, downloaded as <meeting>.ics", content: calendarContent },
          ...notFound("meeting"),
          ...errorResponses,
        },
      },
    },
    "/programmes/{id}/calendar.ics": {
      get: {
        summary:
          "The programme's scheduled meetings you may see, as an iCalendar feed (METHOD:PUBLISH); members get the meetings they are invited to",
        operationId: "getProgrammeCalendar",
        parameters: [idParameter("programme"), ...queryParameters(ZCalendarQuery)],
        responses: {
          "200": { description: "The feed", content: calendarContent },
          ...notFound("programme"),
          ...errorResponses,
        },
      },
    },
  },
};
