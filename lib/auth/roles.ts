// Role ordering, for showing a user's "main" role.
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLES, type TAccess } from "./permissions";

/** The most powerful role the user holds anywhere (ROLES is ordered most powerful first). */
export function highestRole(access: TAccess): Role | null {
  const held = new Set<Role>(access.memberships.values());
  if (access.globalRole) held.add(access.globalRole);
  return ROLES.find((role) => held.has(role)) ?? null;
}
