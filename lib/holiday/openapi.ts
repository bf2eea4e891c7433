// The public-holiday endpoints (the list working-day deadlines skip) in the API description.
import { errorResponses, queryParameters, schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { errorAnswer, inputSchema, jsonOperation, pathParameter } from "@/lib/openapi/operation";
import { ZCreateHoliday, ZHoliday, ZHolidayList, ZListHolidaysQuery, ZUpdateHoliday } from "./schema";

const notFound = errorAnswer(
  "404",
  "No such holiday, or you may not change the list (a global administrator may)",
);
const changed = errorAnswer(
  "409",
  "Someone changed the holiday since the version you sent; nothing was saved, and `error.current` holds it as it is now",
);

export const holidayOpenApi: TOpenApiFragment = {
  schemas: {
    Holiday: schema(ZHoliday),
    HolidayList: schema(ZHolidayList),
    CreateHoliday: inputSchema(ZCreateHoliday),
    UpdateHoliday: inputSchema(ZUpdateHoliday),
  },
  paths: {
    "/holidays": {
      get: jsonOperation({
        summary:
          "A year's public holidays of a country, by date: the days besides Saturdays and Sundays that working-day deadlines skip",
        operationId: "listHolidays",
        parameters: queryParameters(ZListHolidaysQuery),
        answers: { "200": ["The year's holidays", "HolidayList"] },
      }),
      post: jsonOperation({
        summary: "Add a public holiday (a day the country already has is a field error)",
        operationId: "createHoliday",
        body: "CreateHoliday",
        answers: { "201": ["The new holiday", "Holiday"] },
        errors: notFound,
      }),
    },
    "/holidays/{id}": {
      patch: jsonOperation({
        summary: "Change a holiday's date or names; `version` is the one you last read",
        operationId: "updateHoliday",
        parameters: [pathParameter("id")],
        body: "UpdateHoliday",
        answers: { "200": ["The holiday as saved, with its new version", "Holiday"] },
        errors: { ...notFound, ...changed },
      }),
      delete: {
        summary: "Delete a holiday, if it is still at the version you last read",
        operationId: "deleteHoliday",
        parameters: [
          pathParameter("id"),
          { name: "version", in: "query", required: true, schema: { type: "integer", minimum: 1 } },
        ],
        responses: { "204": { description: "Deleted" }, ...notFound, ...changed, ...errorResponses },
      },
    },
  },
};
