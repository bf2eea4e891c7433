// An account acts as a person of the directory (their organisation's action items, their calendar
// feed): linked at creation when a person has the same e-mail, and by the administrator by e-mail;
// unknown or already-linked people are field errors; only an administrator may link; audited.
import { beforeAll, describe, expect, it } from "vitest";
import { calendarFeedState } from "@/lib/action-item/service/feed";
import type { TAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createUser as createAccount, getUserWithAccess, linkUserPerson } from "@/lib/user/service";
import { createPerson, createProgramme, createUser } from "../factories";

let admin: TAccess;
let coordinator: TAccess;
let programmeId: string;
const actor = { label: "test" };

beforeAll(async () => {
  programmeId = (await createProgramme()).id;
  admin = (await getUserWithAccess((await createUser({ role: "ADMIN" })).id))!.access;
  coordinator = (await getUserWithAccess((await createUser({ role: "COORDINATOR", programmeId })).id))!
    .access;
});

describe("linking an account to the directory", () => {
  it("links a new account to the person with the same e-mail, whatever its case", async () => {
    const person = await createPerson();
    const account = await createAccount(
      {
        email: person.email!.toUpperCase(),
        name: "Dewi",
        password: "a long enough password",
        role: "MEMBER",
        programmeId,
      },
      actor,
    );
    const access = (await getUserWithAccess(account.id))!.access;
    expect(access.personId).toBe(person.id);
    // Now a calendar feed can be made for the account.
    expect((await calendarFeedState(access)).status).not.toBe("noPerson");
  });

  it("does not link a new account to a person another account already acts as", async () => {
    const person = await createPerson();
    await createUser({ role: "MEMBER", programmeId, personId: person.id });
    const account = await createAccount(
      {
        email: person.email!,
        name: "Second",
        password: "a long enough password",
        role: "MEMBER",
        programmeId,
      },
      actor,
    );
    expect((await getUserWithAccess(account.id))!.access.personId).toBeNull();
  });

  it("lets the administrator link by e-mail and unlink, each change audited", async () => {
    const user = await createUser({ role: "COORDINATOR", programmeId });
    const person = await createPerson();
    expect(
      await linkUserPerson(
        admin,
        { userId: user.id, personEmail: ` ${person.email!.toUpperCase()} ` },
        actor,
      ),
    ).toEqual({
      personId: person.id,
    });
    expect((await getUserWithAccess(user.id))!.access.personId).toBe(person.id);
    expect(await linkUserPerson(admin, { userId: user.id, personEmail: "" }, actor)).toEqual({
      personId: null,
    });
    expect((await getUserWithAccess(user.id))!.access.personId).toBeNull();
    const audit = await db().auditEvent.findMany({
      where: { entity: "User", entityId: user.id },
      orderBy: { at: "asc" },
      select: { before: true, after: true },
    });
    expect(audit).toEqual([
      { before: { personId: null }, after: { personId: person.id } },
      { before: { personId: person.id }, after: { personId: null } },
    ]);
  });

  it("refuses an unknown e-mail and a person linked to another account, as field errors, changing nothing", async () => {
    const user = await createUser({ role: "COORDINATOR", programmeId });
    const taken = await createPerson();
    await createUser({ role: "MEMBER", programmeId, personId: taken.id });
    for (const [personEmail, key] of [
      ["nobody-here@example.test", "admin.person.errors.noSuchPerson"],
      [taken.email!, "admin.person.errors.taken"],
      ["not an e-mail", "admin.person.errors.email"],
    ] as const) {
      await expect(linkUserPerson(admin, { userId: user.id, personEmail }, actor)).rejects.toMatchObject({
        code: "VALIDATION",
        fieldIssues: { personEmail: [expect.objectContaining({ key })] },
      });
    }
    expect((await getUserWithAccess(user.id))!.access.personId).toBeNull();
  });

  it("is for administrators only: anyone else gets not found", async () => {
    const user = await createUser({ role: "MEMBER", programmeId });
    const person = await createPerson();
    await expect(
      linkUserPerson(coordinator, { userId: user.id, personEmail: person.email! }, actor),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getUserWithAccess(user.id))!.access.personId).toBeNull();
  });
});
