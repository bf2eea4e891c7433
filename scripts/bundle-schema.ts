// Writes docs/meeting-bundle.schema.json from the zod schema of the meeting bundle.
//   npx tsx scripts/bundle-schema.ts
import { writeFileSync } from "node:fs";
import path from "node:path";
import { BUNDLE_SCHEMA_PATH, bundleJsonSchema } from "@/lib/bundle/json-schema";

const target = path.resolve(import.meta.dirname, "..", BUNDLE_SCHEMA_PATH);
writeFileSync(target, `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${BUNDLE_SCHEMA_PATH}`);
