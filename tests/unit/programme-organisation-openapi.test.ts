// The programme and organisation fragments of the API description point only at schemas they
// define (or the shared Error), and document the create bodies from the zod schemas.
import { describe, expect, it } from "vitest";
import { organisationOpenApi } from "@/lib/organisation/openapi";
import { programmeOpenApi } from "@/lib/programme/openapi";

describe.each([
  ["programme", programmeOpenApi],
  ["organisation", organisationOpenApi],
])("%s OpenAPI fragment", (_name, fragment) => {
  it("points every reference at a schema it defines or the shared Error", () => {
    const refs = [...JSON.stringify(fragment.paths).matchAll(/"#\/components\/schemas\/(\w+)"/g)].map(
      (m) => m[1],
    );
    expect(refs.length).toBeGreaterThan(0);
    for (const name of refs) expect([...Object.keys(fragment.schemas), "Error"]).toContain(name);
  });
});

it("documents the required fields of the create bodies", () => {
  expect((programmeOpenApi.schemas.CreateProgramme as { required: string[] }).required).toEqual(
    expect.arrayContaining(["title", "country"]),
  );
  expect((organisationOpenApi.schemas.CreateOrganisation as { required: string[] }).required).toEqual(
    expect.arrayContaining(["name", "kind"]),
  );
  expect(Object.keys(organisationOpenApi.paths)).toContain("/organisations/{id}/merge");
});
