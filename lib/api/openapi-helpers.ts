// Building blocks for the OpenAPI fragments each feature contributes (lib/<entity>/openapi.ts):
// JSON Schemas come from the same zod schemas the routes validate with.
import { z } from "zod";

/** What a feature adds to the API description. */
export type TOpenApiFragment = { paths: Record<string, object>; schemas: Record<string, object> };

export const ZError = z.object({
  error: z.object({
    code: z
      .string()
      .describe(
        "Stable: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, VALIDATION, BAD_REQUEST, CONFLICT, INTERNAL, UNAVAILABLE",
      ),
    messageKey: z.string().describe("Stable key of the message in Notulen's catalogues"),
    message: z
      .string()
      .describe(
        "In the language of the app's language cookie, else Accept-Language (en or id), else the user's setting",
      ),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    fieldErrors: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe("Messages per field (dotted paths), in the same language"),
    current: z
      .unknown()
      .optional()
      .describe("On a 409 conflict: the record as it is now, to compare with the change that was refused"),
  }),
});

export function paginated(item: z.ZodType) {
  return z.object({
    data: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    pageCount: z.number().int(),
  });
}

export function schema(zodSchema: z.ZodType) {
  return z.toJSONSchema(zodSchema, { io: "output", unrepresentable: "any" });
}

/** Query parameters documented from a zod object schema. */
export function queryParameters(zodObject: z.ZodObject) {
  const json = z.toJSONSchema(zodObject, { io: "input" }) as {
    properties: Record<string, object>;
    required?: string[];
  };
  return Object.entries(json.properties).map(([name, s]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
}

export const errorResponses = {
  "400": {
    description: "Invalid input",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  },
  "401": {
    description: "Missing or invalid token, or no signed-in session",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  },
  "403": {
    description: "A change made with the session cookie that did not come from the app's own pages",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  },
};

/** `{ "application/json": { schema: { $ref } } }` for a named component schema. */
export function jsonRef(name: string) {
  return { "application/json": { schema: { $ref: `#/components/schemas/${name}` } } };
}
