// Which organisation a CSV row means and whether it creates or updates a person.
import { describe, expect, it } from "vitest";
import type { TCsvPerson } from "@/lib/person/csv";
import { planImport, resolveOrganisation, type TExistingPerson } from "@/lib/person/import-plan";

const orgs = [
  { id: "o1", name: "Ministry of Environment and Forestry", acronym: "KLHK" },
  { id: "o2", name: "United Nations Development Programme", acronym: "UNDP" },
  { id: "o3", name: "Unit A", acronym: "DUP" },
  { id: "o4", name: "Unit B", acronym: "DUP" },
];

const row = (over: Partial<TCsvPerson>): TCsvPerson => ({
  row: 2,
  name: "Siti",
  position: null,
  organisation: null,
  email: null,
  sex: null,
  language: null,
  ...over,
});

/** A person already in the directory; blank unless the test says otherwise. */
const person = (over: Partial<TExistingPerson>): TExistingPerson => ({
  id: "p1",
  name: "Siti",
  position: null,
  organisationId: null,
  email: null,
  sex: null,
  language: "en",
  ...over,
});

const none = { byEmail: new Map<string, TExistingPerson>(), withoutEmail: [] };
const knownByEmail = (existing: TExistingPerson) => ({
  byEmail: new Map([[existing.email!, existing]]),
  withoutEmail: [],
});

describe("resolveOrganisation", () => {
  it("finds by name or acronym, ignoring case", () => {
    expect(resolveOrganisation("ministry of environment and forestry", orgs)).toEqual({
      organisation: orgs[0],
    });
    expect(resolveOrganisation("undp", orgs)).toEqual({ organisation: orgs[1] });
  });
  it("refuses unknown and ambiguous acronyms", () => {
    expect(resolveOrganisation("WHO", orgs)).toEqual({
      error: { key: "people.errors.import.organisationUnknown", params: { label: "WHO" } },
    });
    expect(resolveOrganisation("DUP", orgs)).toEqual({
      error: { key: "people.errors.import.organisationAmbiguous", params: { label: "DUP" } },
    });
  });
});

describe("planImport", () => {
  it("reports an unknown organisation on its row and field", () => {
    const plan = planImport([row({ row: 7, organisation: "WHO" })], orgs, none);
    expect(plan.errors).toEqual([
      {
        row: 7,
        field: "organisation",
        key: "people.errors.import.organisationUnknown",
        params: { label: "WHO" },
      },
    ]);
    expect(plan.writes).toEqual([]);
  });

  it("updates the person with the same e-mail, keeping what blank cells do not say", () => {
    const existing = person({
      name: "Siti R.",
      position: "Director",
      organisationId: "o1",
      email: "siti@example.org",
      sex: "FEMALE",
      language: "id",
    });
    const plan = planImport(
      [row({ email: "siti@example.org", name: "Siti Rahma" })],
      orgs,
      knownByEmail(existing),
    );
    expect(plan.preview[0]).toMatchObject({
      action: "update",
      changedFields: ["name"],
      position: "Director",
      sex: "FEMALE",
    });
    expect(plan.writes).toEqual([
      {
        row: 2,
        personId: "p1",
        data: {
          name: "Siti Rahma",
          position: "Director",
          organisationId: "o1",
          email: "siti@example.org",
          sex: "FEMALE",
          language: "id",
        },
      },
    ]);
  });

  it("does not write an update that changes nothing", () => {
    const existing = person({ email: "s@x.org" });
    const plan = planImport([row({ email: "s@x.org" })], orgs, knownByEmail(existing));
    expect(plan.preview[0]).toMatchObject({ action: "update", changedFields: [] });
    expect(plan.writes).toEqual([]);
  });

  it("matches a person without e-mail by name and organisation; two such people are ambiguous", () => {
    const a = person({ id: "a", name: "Budi", organisationId: "o1" });
    const b = person({ ...a, id: "b", organisationId: "o2" });
    const one = planImport([row({ name: "budi", organisation: "KLHK" })], orgs, {
      byEmail: new Map(),
      withoutEmail: [a, b],
    });
    expect(one.preview[0]).toMatchObject({ action: "update" });
    const two = planImport([row({ name: "Budi" })], orgs, { byEmail: new Map(), withoutEmail: [a, b] });
    expect(two.errors).toEqual([
      { row: 2, field: "email", key: "people.errors.import.nameAmbiguous", params: { name: "Budi" } },
    ]);
  });

  it("changes a known person's language only when the row states one", () => {
    const known = knownByEmail(person({ email: "s@x.org" }));
    const stated = planImport([row({ email: "s@x.org", language: "id" })], orgs, known);
    expect(stated.preview[0]).toMatchObject({ language: "id", changedFields: ["language"] });
    expect(stated.writes[0].data.language).toBe("id");
    const blank = planImport([row({ email: "s@x.org" })], orgs, known);
    expect(blank.preview[0]).toMatchObject({ language: "en", changedFields: [] });
  });

  it("creates a new person otherwise", () => {
    const plan = planImport([row({ organisation: "klhk", email: "new@x.org" })], orgs, none);
    expect(plan.preview[0]).toMatchObject({ action: "create", organisation: orgs[0].name });
    expect(plan.writes[0]).toMatchObject({
      personId: null,
      data: { organisationId: "o1", email: "new@x.org", language: "en" },
    });
  });
});
