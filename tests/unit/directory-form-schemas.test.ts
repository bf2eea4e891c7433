// The directory's and programmes' forms send ids from the browser: a malformed one is a field
// problem named by a message key (so the action answers VALIDATION, never a crash), and each
// form's fields read the same way in the browser and the server action.
import { describe, expect, it } from "vitest";
import { ZMergeOrganisationForm, ZSaveOrganisation } from "@/lib/organisation/schema";
import { personFormValues, ZSavePerson } from "@/lib/person/schema";
import { ZSaveProgramme } from "@/lib/programme/schema";
import { checkInput } from "@/lib/validation";

const tooLong = "x".repeat(65);

describe("ids from the browser", () => {
  it.each([
    ["organisation form", ZSaveOrganisation, { name: "A", kind: "OTHER" }, "organisationId"],
    ["merge dialog", ZMergeOrganisationForm, { into: "b" }, "organisationId"],
    ["programme form", ZSaveProgramme, { title: "T", country: "Indonesia" }, "programmeId"],
    ["person form", ZSavePerson, { name: "Siti" }, "personId"],
  ] as const)("the %s refuses a malformed id as a field problem", (_form, schema, values, field) => {
    expect(checkInput(schema, { ...values, [field]: tooLong })).toEqual({
      [field]: [{ key: "errors.field.tooLong", params: { max: 64 } }],
    });
    expect(checkInput(schema, { ...values, [field]: { id: 1 } })).toEqual({
      [field]: [{ key: "errors.field.invalidType" }],
    });
    expect(checkInput(schema, { ...values, [field]: "ckx1y2z3a0000abcd" })).toBeNull();
  });
});

describe("the person form", () => {
  it("reads blank choices as not recorded and names its own problems by key", () => {
    const form = new FormData();
    form.set("name", "  ");
    form.set("email", "siti@");
    form.set("sex", "");
    form.set("language", "fr");
    expect(personFormValues(form)).toMatchObject({ sex: null, language: "fr", personId: undefined });
    expect(checkInput(ZSavePerson, personFormValues(form))).toEqual({
      name: [expect.objectContaining({ key: "people.errors.nameRequired" })],
      email: [{ key: "errors.field.invalidEmail" }],
      language: [{ key: "people.errors.language" }],
    });
  });

  it("gives a new person English unless another language is chosen", () => {
    expect(ZSavePerson.parse({ name: "Siti" }).language).toBe("en");
    expect(ZSavePerson.parse({ name: "Siti", language: "id" }).language).toBe("id");
  });
});

describe("the organisation form", () => {
  it("names a missing kind and name by key", () => {
    expect(checkInput(ZSaveOrganisation, { name: "" })).toEqual({
      name: [expect.objectContaining({ key: "organisation.errors.nameRequired" })],
      kind: [{ key: "organisation.errors.kindRequired" }],
    });
  });
});
