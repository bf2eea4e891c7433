// The API description lists what the API serves, built from the same schemas it validates with.
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

describe("openapi.json", () => {
  const doc = openApiDocument();
  it("documents the meeting endpoints with bearer authentication", () => {
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/meetings", "/meetings/{id}"]));
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
  });
  it("documents the list's query parameters and the create body from the zod schemas", () => {
    const names = doc.paths["/meetings"].get.parameters!.map((p) => p.name);
    expect(names).toEqual(["page", "pageSize", "programmeId", "status"]);
    const body = doc.components.schemas.CreateMeeting as { required: string[] };
    expect(body.required).toEqual(expect.arrayContaining(["programmeId", "title", "startsAt", "endsAt"]));
  });
  it("points every reference at a schema it defines", () => {
    const refs = [...JSON.stringify(doc.paths).matchAll(/"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const name of refs) expect(Object.keys(doc.components.schemas)).toContain(name);
  });
});
