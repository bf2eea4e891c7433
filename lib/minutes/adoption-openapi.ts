// Adoption of minutes and the public verification of a fingerprint or file, for openapi.json.
import { queryParameters, schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { errorAnswer, inputSchema, jsonOperation, pathParameter } from "@/lib/openapi/operation";
import { ZAdoptMinutes, ZMinutesAdoption, ZVerifyAnswer, ZVerifyQuery } from "./adoption-schema";

export const minutesAdoptionOpenApi: TOpenApiFragment = {
  schemas: {
    AdoptMinutes: inputSchema(ZAdoptMinutes),
    MinutesAdoption: schema(ZMinutesAdoption),
    VerifyAnswer: schema(ZVerifyAnswer),
  },
  paths: {
    "/meetings/{id}/minutes/adopt": {
      post: jsonOperation({
        summary:
          "Record that the committee adopted the latest version of the minutes (record:manage). In one step: the version is locked and fingerprinted (SHA-256 of its RFC 8785 canonical JSON, docs/minutes-fingerprint.md), the meeting moves to MINUTES_ADOPTED and its record is closed (writes answer 409), and the official PDF and DOCX in English and Bahasa Indonesia are rendered once, with the fingerprint in every page's footer, and stored: minutes.pdf and minutes.docx serve exactly those files from then on",
        operationId: "adoptMinutes",
        parameters: [pathParameter("id")],
        body: "AdoptMinutes",
        answers: {
          "200": ["The adoption, with the fingerprint and the stored files' SHA-256", "MinutesAdoption"],
        },
        errors: {
          ...errorAnswer("404", "No such meeting or version, or not one you may change"),
          ...errorAnswer(
            "409",
            "Already adopted, the meeting is not in review (MINUTES_IN_REVIEW), `number` is not the latest version, the version predates record snapshots, or the meeting changed since `version`; nothing was saved",
          ),
        },
      }),
    },
    "/verify": {
      get: {
        ...jsonOperation({
          summary:
            "Public, no credentials: whether `sha256` is the fingerprint of adopted minutes or the SHA-256 of one of their official files. Reveals only what the minutes' cover says (programme, meeting, its date) and the version, method and date of adoption; anything else answers `isAdopted: false`",
          operationId: "verifyMinutes",
          parameters: queryParameters(ZVerifyQuery),
          answers: { "200": ["Adopted or not, and if so what the cover says", "VerifyAnswer"] },
        }),
        security: [],
      },
    },
  },
};
