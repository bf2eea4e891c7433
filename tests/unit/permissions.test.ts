// The permission table: what each role can do, where.
import { describe, expect, it } from "vitest";
import { can, canAnywhere, canSeeNavItem, programmesWith, type TAccess } from "@/lib/auth/permissions";
import { highestRole } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";

function access(memberships: Record<string, Role>, globalRole: Role | null = null): TAccess {
  return { userId: "u", personId: "p", globalRole, memberships: new Map(Object.entries(memberships)) };
}

describe("permission table", () => {
  it("lets the secretariat manage meetings only in its own programme", () => {
    const a = access({ p1: "SECRETARIAT" });
    expect(can(a, "meeting:manage", "p1")).toBe(true);
    expect(can(a, "meeting:manage", "p2")).toBe(false);
  });

  it("gives coordinators read access but no meeting management", () => {
    const a = access({ p1: "COORDINATOR" });
    expect(can(a, "meeting:read", "p1")).toBe(true);
    expect(can(a, "action:read", "p1")).toBe(true);
    expect(can(a, "meeting:manage", "p1")).toBe(false);
    expect(can(a, "record:manage", "p1")).toBe(false);
  });

  it("limits members to the meetings they are invited to", () => {
    const a = access({ p1: "MEMBER" });
    expect(can(a, "meeting:read", "p1")).toBe(false);
    expect(can(a, "meeting:read-invited", "p1")).toBe(true);
    expect(can(a, "minutes:review", "p1")).toBe(true);
  });

  it("grants a global role in every programme", () => {
    const a = access({}, "ADMIN");
    expect(can(a, "meeting:manage", "any-programme")).toBe(true);
    expect(programmesWith(a, "meeting:read")).toBe("all");
  });

  it("never grants instance administration through a programme membership", () => {
    const a = access({ p1: "ADMIN" });
    expect(can(a, "meeting:manage", "p1")).toBe(true);
    expect(can(a, "instance:admin", "p1")).toBe(false);
    expect(canAnywhere(a, "instance:admin")).toBe(false);
    expect(canAnywhere(access({}, "ADMIN"), "instance:admin")).toBe(true);
  });

  it("lets only a global administrator keep the public holidays", () => {
    expect(canAnywhere(access({}, "ADMIN"), "holiday:manage")).toBe(true);
    expect(canAnywhere(access({ p1: "ADMIN" }), "holiday:manage")).toBe(false);
    for (const role of ["SECRETARIAT", "COORDINATOR", "MEMBER"] as const) {
      expect(canAnywhere(access({}, role), "holiday:manage")).toBe(false);
    }
  });

  it("lists the programmes where a permission is held", () => {
    const a = access({ p1: "SECRETARIAT", p2: "MEMBER", p3: "COORDINATOR" });
    expect([...programmesWith(a, "meeting:read")].sort()).toEqual(["p1", "p3"]);
    expect(programmesWith(a, "meeting:read-invited")).toEqual(["p2"]);
  });

  it("shows each role the navigation it may use", () => {
    const nav = (a: TAccess) =>
      (["meetings", "actions", "programmes", "directory", "admin"] as const).filter((i) =>
        canSeeNavItem(a, i),
      );
    expect(nav(access({}, "ADMIN"))).toEqual(["meetings", "actions", "programmes", "directory", "admin"]);
    expect(nav(access({ p1: "SECRETARIAT" }))).toEqual(["meetings", "actions", "programmes", "directory"]);
    expect(nav(access({ p1: "COORDINATOR" }))).toEqual(["meetings", "actions", "programmes", "directory"]);
    expect(nav(access({ p1: "MEMBER" }))).toEqual(["meetings", "actions"]);
    expect(nav(access({}))).toEqual([]);
  });

  it("names the most powerful role held", () => {
    expect(highestRole(access({ p1: "MEMBER", p2: "COORDINATOR" }))).toBe("COORDINATOR");
    expect(highestRole(access({ p1: "MEMBER" }, "ADMIN"))).toBe("ADMIN");
    expect(highestRole(access({}))).toBeNull();
  });
});
