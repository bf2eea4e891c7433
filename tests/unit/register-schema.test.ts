// The walk-in form's rules, shared by the dialog and the server, with errors under the right field.
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/register/field-errors";
import { ZAddWalkIn, ZRegisterPost, ZSetAttendance } from "@/lib/register/schema";

const errorsOf = (input: unknown) => {
  const result = ZAddWalkIn.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe("ZAddWalkIn", () => {
  it("takes a directory person, or a new person with a new organisation", () => {
    expect(ZAddWalkIn.safeParse({ personId: "p1", delegateOfPersonId: "" }).data).toMatchObject({
      personId: "p1",
      delegateOfPersonId: null,
    });
    const parsed = ZAddWalkIn.parse({
      newPerson: {
        name: " Siti ",
        email: "Siti@X.org",
        newOrganisation: { name: "KemenPPPA", acronym: "", kind: "GOVERNMENT_MINISTRY" },
      },
    });
    expect(parsed.newPerson).toMatchObject({
      name: "Siti",
      email: "siti@x.org",
      newOrganisation: { acronym: null },
    });
  });

  it("asks for exactly one of a directory person and a new person", () => {
    expect(errorsOf({})).toHaveProperty("personId");
    expect(errorsOf({ personId: "p1", newPerson: { name: "Siti" } })).toHaveProperty("personId");
  });

  it("puts nested errors under their own field", () => {
    const errors = errorsOf({ newPerson: { name: "", newOrganisation: { name: "X", kind: "PARTY" } } });
    expect(Object.keys(errors).sort()).toEqual(["newPerson.name", "newPerson.newOrganisation.kind"]);
  });

  it("refuses both an existing and a new organisation", () => {
    expect(
      errorsOf({
        newPerson: { name: "Siti", organisationId: "o1", newOrganisation: { name: "X", kind: "OTHER" } },
      }),
    ).toHaveProperty("newPerson.organisationId");
  });
});

describe("ZRegisterPost and ZSetAttendance", () => {
  it("tells a sign-in from a walk-in", () => {
    expect(ZRegisterPost.parse({ action: "sign-in", invitationId: "i1" })).toEqual({
      action: "sign-in",
      invitationId: "i1",
    });
    expect(ZRegisterPost.safeParse({ action: "walk-in" }).success).toBe(false);
    expect(ZRegisterPost.safeParse({ action: "delete", invitationId: "i1" }).success).toBe(false);
  });

  it("allows clearing the status (undo of a first change) but no unknown status", () => {
    expect(ZSetAttendance.parse({ attendance: null })).toEqual({ attendance: null });
    expect(ZSetAttendance.safeParse({ attendance: "LATE" }).success).toBe(false);
  });
});
