// The generated documents of a meeting (formal minutes, news-style summary) for openapi.json.
import { errorResponses, jsonRef, queryParameters, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { ZDocumentQuery, ZSummaryQuery } from "./documents-query";

const id = { name: "id", in: "path", required: true, schema: { type: "string" } };
const notFound = {
  "404": { description: "No such meeting, or not one you may see", content: jsonRef("Error") },
};
const binary = (type: string) => ({ [type]: { schema: { type: "string", format: "binary" } } });

const minutes = (format: "PDF" | "DOCX", type: string) => ({
  get: {
    summary: `The formal minutes as ${format}, generated from the record as it is now: header, co-chairs, attendance summary, agenda, remarks per item, decisions, action items, next meeting, status, annex of participants`,
    operationId: `getMinutes${format === "PDF" ? "Pdf" : "Docx"}`,
    parameters: [id, ...queryParameters(ZDocumentQuery)],
    responses: {
      "200": { description: `The minutes (${format})`, content: binary(type) },
      ...notFound,
      ...errorResponses,
    },
  },
});

export const minutesOpenApi: TOpenApiFragment = {
  schemas: {},
  paths: {
    "/meetings/{id}/minutes.pdf": minutes("PDF", "application/pdf"),
    "/meetings/{id}/minutes.docx": minutes(
      "DOCX",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "/meetings/{id}/summary": {
      get: {
        summary:
          "The news-style summary. Every fact comes from recorded fields; a field that was not recorded drops its clause. `format=json` lists, per sentence, the fields it was built from",
        operationId: "getSummary",
        parameters: [id, ...queryParameters(ZSummaryQuery)],
        responses: {
          "200": {
            description: "The summary",
            content: {
              "text/markdown": { schema: { type: "string" } },
              "text/html": { schema: { type: "string" } },
              "application/json": { schema: { type: "object" } },
            },
          },
          ...notFound,
          ...errorResponses,
        },
      },
    },
  },
};
