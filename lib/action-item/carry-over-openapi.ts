// Carry-over into the next meeting (the action items "Matters arising" reviews), for openapi.json.
import { schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { errorAnswer, jsonOperation, pathParameter } from "@/lib/openapi/operation";
import { ZCarriedOver } from "./carry-over-schema";

export const carryOverOpenApi: TOpenApiFragment = {
  schemas: { CarriedOver: schema(ZCarriedOver) },
  paths: {
    "/meetings/{id}/carried-over": {
      get: jsonOperation({
        summary:
          "The action items of earlier meetings of the programme that were still open (open, in progress, reported done) when this meeting started, with their status as of then (`statusAtCutOff`), their status now, and the progress updates recorded at this meeting. Whoever reads the meeting reads them. Record one with POST /action-items/{id}/updates and `meetingId` (record:manage)",
        operationId: "listCarriedOverActionItems",
        parameters: [pathParameter("id")],
        answers: { "200": ["The carried-over action items", "CarriedOver"] },
        errors: errorAnswer("404", "No such meeting, or not one you may see"),
      }),
    },
  },
};
