// Logging in: right password works, wrong one gets nothing, disabled users are shut out;
// operators' user creation validates and writes nothing half-done.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate, createUser, getUserWithAccess } from "@/lib/user/service";
import { createProgramme, createUser as makeUser, TEST_PASSWORD } from "../factories";

const cli = { label: "cli" };
/** Expects createUser to refuse `input` with a validation error under `field`, saying `key`. */
const expectRefused = (input: Parameters<typeof createUser>[0], field: string, key: string) =>
  expect(createUser(input, cli)).rejects.toMatchObject({
    code: "VALIDATION",
    fieldIssues: { [field]: [{ key }] },
  });

describe("authenticate", () => {
  it("accepts the right password, case-insensitively on the e-mail", async () => {
    const user = await makeUser({ role: "SECRETARIAT", email: "Sari@Example.test".toLowerCase() });
    expect(await authenticate("SARI@example.test", TEST_PASSWORD)).toMatchObject({ id: user.id });
  });

  it("refuses a wrong password, an unknown e-mail and a disabled user alike", async () => {
    const user = await makeUser({ role: "MEMBER" });
    expect(await authenticate(user.email, "wrong password")).toBeNull();
    expect(await authenticate("nobody@example.test", TEST_PASSWORD)).toBeNull();
    await db().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await authenticate(user.email, TEST_PASSWORD)).toBeNull();
    expect(await getUserWithAccess(user.id)).toBeNull();
  });
});

describe("createUser", () => {
  it("creates a programme member with an audit event", async () => {
    const programme = await createProgramme();
    const user = await createUser(
      {
        email: "new.member@example.test",
        name: "New Member",
        password: "long enough pw",
        role: "MEMBER",
        programmeId: programme.id,
      },
      cli,
    );
    const access = await getUserWithAccess(user.id);
    expect(access?.access.memberships.get(programme.id)).toBe("MEMBER");
    expect(access?.access.globalRole).toBeNull();
    const audit = await db().auditEvent.findFirst({ where: { entity: "User", entityId: user.id } });
    expect(audit).toMatchObject({ action: "CREATE", actorLabel: "cli" });
  });

  it("rejects a duplicate e-mail with a field error and leaves no trace", async () => {
    await createUser(
      { email: "dup@example.test", name: "One", password: "long enough pw", role: "ADMIN" },
      cli,
    );
    const before = await db().auditEvent.count();
    await expectRefused(
      { email: "dup@example.test", name: "Two", password: "long enough pw", role: "ADMIN" },
      "email",
      "errors.field.userEmailTaken",
    );
    expect(await db().auditEvent.count()).toBe(before);
    expect(await db().user.count({ where: { email: "dup@example.test" } })).toBe(1);
  });

  it("rejects an unknown programme without creating the user", async () => {
    await expectRefused(
      {
        email: "orphan@example.test",
        name: "Orphan",
        password: "long enough pw",
        role: "MEMBER",
        programmeId: "nope",
      },
      "programmeId",
      "errors.field.noSuchProgramme",
    );
    expect(await db().user.count({ where: { email: "orphan@example.test" } })).toBe(0);
  });

  it("rejects a short password", async () => {
    await expectRefused(
      { email: "short@example.test", name: "S", password: "short", role: "MEMBER" },
      "password",
      "errors.field.tooShort",
    );
  });
});
