// The pieces most API operations are described with — the id in the path, the schema of what a
// client sends, a JSON operation with its usual error answers — so each feature's OpenAPI fragment
// (lib/<entity>/openapi.ts) says only what is its own.
import { z } from "zod";
import { errorResponses, jsonRef } from "@/lib/api/openapi-helpers";

/** A required path parameter, such as the `{id}` of `/people/{id}`. */
export const pathParameter = (name: string) => ({
  name,
  in: "path",
  required: true,
  schema: { type: "string" },
});

/** The JSON Schema of a request body: what a client sends, before defaults and transforms. */
export const inputSchema = (zodSchema: z.ZodType) =>
  z.toJSONSchema(zodSchema, { io: "input", unrepresentable: "any" });

/** An error answer other than 400, 401 and 403 (a 404, a 409), described for the operation. */
export const errorAnswer = (status: string, description: string) => ({
  [status]: { description, content: jsonRef("Error") },
});

type TJsonOperation = {
  summary: string;
  description?: string;
  operationId: string;
  parameters?: object[];
  /** The component schema of the JSON request body. */
  body?: string;
  /** Success answers by status: what it is, and the component schema of its JSON. */
  answers: Record<string, [description: string, schema: string]>;
  /** Error answers besides 400, 401 and 403 (see `errorAnswer`). */
  errors?: object;
};

/** An operation that answers JSON, with the error answers every operation has. */
export function jsonOperation(o: TJsonOperation) {
  const answers = Object.entries(o.answers).map(([status, [description, schema]]) => [
    status,
    { description, content: jsonRef(schema) },
  ]);
  return {
    summary: o.summary,
    ...(o.description ? { description: o.description } : {}),
    operationId: o.operationId,
    ...(o.parameters ? { parameters: o.parameters } : {}),
    ...(o.body ? { requestBody: { required: true, content: jsonRef(o.body) } } : {}),
    responses: { ...Object.fromEntries(answers), ...errorResponses, ...o.errors },
  };
}
