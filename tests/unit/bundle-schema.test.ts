// The meeting bundle's schema: the committed JSON Schema is the one the zod schema generates, the
// documented example is a valid bundle that fits it, and cross-reference problems are all reported.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLE_SCHEMA_PATH, bundleJsonSchema } from "@/lib/bundle/json-schema";
import { bundleOpenApi } from "@/lib/bundle/openapi";
import { bundleFieldIssues, ZMeetingBundle } from "@/lib/bundle/schema";

const root = path.resolve(import.meta.dirname, "../..");
const docExample = () => {
  const markdown = fs.readFileSync(path.join(root, "docs/meeting-bundle.md"), "utf8");
  const block = /## Example[^\n]*\n[\s\S]*?```json\n([\s\S]*?)```/.exec(markdown);
  if (!block) throw new Error("docs/meeting-bundle.md has no ```json example under “## Example”");
  return JSON.parse(block[1]) as Record<string, unknown>;
};

type TJsonSchema = {
  type?: string;
  properties?: Record<string, TJsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: TJsonSchema;
  anyOf?: TJsonSchema[];
};

/** Structural check of a value against the generated schema: objects, required keys, no extra keys. */
function structuralProblems(value: unknown, schema: TJsonSchema, at = "$"): string[] {
  const branch = schema.anyOf?.find((s) => (value === null ? s.type === "null" : s.type !== "null"));
  if (branch) return structuralProblems(value, branch, at);
  if (schema.type === "array" && Array.isArray(value) && schema.items)
    return value.flatMap((v, i) => structuralProblems(v, schema.items!, `${at}[${i}]`));
  if (schema.type !== "object" || typeof value !== "object" || value === null) return [];
  const record = value as Record<string, unknown>;
  const missing = (schema.required ?? []).filter((k) => !(k in record)).map((k) => `${at}.${k} missing`);
  const extra = Object.keys(record)
    .filter((k) => schema.additionalProperties === false && !(k in (schema.properties ?? {})))
    .map((k) => `${at}.${k} not allowed`);
  const nested = Object.entries(record).flatMap(([k, v]) =>
    schema.properties?.[k] ? structuralProblems(v, schema.properties[k], `${at}.${k}`) : [],
  );
  return [...missing, ...extra, ...nested];
}

describe("meeting bundle schema", () => {
  it("is committed as JSON Schema exactly as generated (run `npx tsx scripts/bundle-schema.ts` after changing it)", () => {
    const committed = JSON.parse(fs.readFileSync(path.join(root, BUNDLE_SCHEMA_PATH), "utf8"));
    expect(committed).toEqual(bundleJsonSchema());
  });

  it("accepts the documented example, which also fits the JSON Schema", () => {
    const example = docExample();
    const parsed = ZMeetingBundle.safeParse(example);
    expect(parsed.success ? [] : bundleFieldIssues(parsed.error)).toEqual([]);
    const schema = bundleJsonSchema() as TJsonSchema;
    expect(schema).toMatchObject({ type: "object", additionalProperties: false });
    expect(structuralProblems(example, schema)).toEqual([]);
    expect(structuralProblems({ ...example, extra: 1, meeting: {} }, schema)).toEqual(
      expect.arrayContaining(["$.extra not allowed", "$.meeting.title missing"]),
    );
  });

  it("reports every broken reference and duplicate at once, by path", () => {
    const example = docExample() as { people: object[]; remarks: object[]; agendaItems: object[] };
    const broken = {
      ...example,
      people: [...example.people, { ...example.people[1], key: "person-1" }],
      agendaItems: example.agendaItems.map((a) => ({ ...a, order: 1 })),
      remarks: example.remarks.map((r, i) => (i === 0 ? { ...r, speaker: "nobody", kind: "SPEECH" } : r)),
    };
    const result = ZMeetingBundle.safeParse(broken);
    expect(result.success).toBe(false);
    const errors = bundleFieldIssues(result.error!);
    expect(Object.keys(errors).sort()).toEqual([
      "agendaItems.1.order",
      "people.3.email",
      "people.3.key",
      "remarks.0.kind",
      "remarks.0.speaker",
    ]);
    expect(errors["remarks.0.speaker"]).toEqual([
      { key: "bundle.errors.noPerson", params: { key: "nobody" } },
    ]);
    expect(errors["agendaItems.1.order"]).toEqual([
      { key: "bundle.errors.duplicate", params: { what: "order", value: "1", at: "agendaItems.0" } },
    ]);
  });

  it("refuses a cycle in the organisation tree and a meeting ending before it starts", () => {
    const example = docExample() as { organisations: { parent: string | null }[]; meeting: object };
    const bundle = {
      ...example,
      organisations: example.organisations.map((o, i) => (i === 1 ? { ...o, parent: "org-1" } : o)),
      meeting: { ...example.meeting, endsAt: "2024-03-14T01:00:00.000Z" },
    };
    const errors = bundleFieldIssues(ZMeetingBundle.safeParse(bundle).error!);
    expect(Object.keys(errors).sort()).toEqual([
      "meeting.endsAt",
      "organisations.0.parent",
      "organisations.1.parent",
    ]);
  });

  it("documents both endpoints in the OpenAPI fragment with schemas it defines", () => {
    expect(Object.keys(bundleOpenApi.paths)).toEqual(["/meetings/{id}/export", "/meetings/import"]);
    const refs = [...JSON.stringify(bundleOpenApi.paths).matchAll(/"#\/components\/schemas\/(\w+)"/g)].map(
      (m) => m[1],
    );
    for (const name of refs) expect([...Object.keys(bundleOpenApi.schemas), "Error"]).toContain(name);
  });
});
