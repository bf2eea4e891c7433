// The JSON Schema of a meeting bundle as the import accepts it, generated from the zod schema so
// docs/meeting-bundle.schema.json cannot drift from the code (tests/unit/bundle-schema.test.ts).
import { z } from "zod";
import { ZMeetingBundle } from "./schema";

export const BUNDLE_SCHEMA_PATH = "docs/meeting-bundle.schema.json";

export function bundleJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ZMeetingBundle, { io: "input", target: "draft-2020-12", unrepresentable: "any" }),
    $id: "https://notulen.example/schemas/meeting-bundle-v1.json",
  };
}
