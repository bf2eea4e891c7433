// The walk-in form's rules, shared by the dialog and the server, with message keys under the right field.
import { describe, expect, it } from "vitest";
import { ZAddWalkIn, ZRegisterPost, ZSetAttendance } from "@/lib/register/schema";
import { checkInput } from "@/lib/validation";

const errorsOf = (input: unknown) => checkInput(ZAddWalkIn, input) ?? {};

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
    const personRequired = [{ key: "register.errors.personRequired" }];
    expect(errorsOf({})).toEqual({ personId: personRequired });
    expect(errorsOf({ personId: "p1", newPerson: { name: "Siti" } })).toEqual({ personId: personRequired });
  });

  it("puts nested errors under their own field", () => {
    const errors = errorsOf({ newPerson: { name: "", newOrganisation: { name: "X", kind: "PARTY" } } });
    expect(Object.keys(errors).sort()).toEqual(["newPerson.name", "newPerson.newOrganisation.kind"]);
    expect(errors["newPerson.newOrganisation.kind"]).toEqual([
      { key: "register.errors.organisationKindRequired" },
    ]);
  });

  it("refuses both an existing and a new organisation", () => {
    expect(
      errorsOf({
        newPerson: { name: "Siti", organisationId: "o1", newOrganisation: { name: "X", kind: "OTHER" } },
      }),
    ).toEqual({ "newPerson.organisationId": [{ key: "register.errors.organisationBoth" }] });
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
