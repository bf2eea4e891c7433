// The one permission table: what each role may do. Checked on the server for every read and
// write; the navigation reads it too, so what a user sees and what they may do never drift.
import type { Role } from "@/lib/generated/prisma/enums";

export const PERMISSIONS = [
  /** See every meeting of the programme. */
  "meeting:read",
  /**
   * See only the meetings one is invited to (and one's own RSVP) — with their whole record, as
   * for meeting:read: see "Action items" below.
   */
  "meeting:read-invited",
  "meeting:manage",
  /** Record remarks, decisions and action items; draft minutes. */
  "record:manage",
  "minutes:review",
  /** Every action item of the programme, in every meeting. */
  "action:read",
  /**
   * The action items owned by one's own organisation (or oneself) in every meeting of the programme,
   * besides those of the meetings one reads anyway.
   */
  "action:read-own",
  "action:update",
  "programme:read",
  "programme:manage",
  "directory:read",
  "directory:manage",
  "audit:read",
  /** Instance administration: users, roles, API tokens. Only a global role grants it. */
  "instance:admin",
  /**
   * Keep the list of public holidays that working-day deadlines skip (reading it needs only a
   * login). The list serves every programme, so only a global role grants it.
   */
  "holiday:manage",
] as const;

export type TPermission = (typeof PERMISSIONS)[number];

/*
 * Action items — one rule, for the API and the screens alike. An action item is part of its
 * meeting's record and printed in the meeting's minutes, so whoever may read a meeting
 * (meeting:read, or meeting:read-invited for a meeting one is invited to) reads every action item
 * raised in it, whichever organisation owns it: on the meeting's pages, in its minutes, at
 * /api/v1/meetings/{id}/action-items and on /actions. Beyond the meetings one reads, action:read
 * adds every action item of the programme and action:read-own those owned by one's organisation or
 * oneself (lib/action-item/service.ts `actionItemAccessWhere`).
 */

export const ROLES = ["ADMIN", "SECRETARIAT", "COORDINATOR", "MEMBER"] as const satisfies readonly Role[];

/** The secretariat runs the meetings, records them and keeps the directory. */
const SECRETARIAT: readonly TPermission[] = [
  "meeting:read",
  "meeting:manage",
  "record:manage",
  "minutes:review",
  "action:read",
  "action:update",
  "programme:read",
  "directory:read",
  "directory:manage",
];

export const ROLE_PERMISSIONS: Record<Role, readonly TPermission[]> = {
  /** Everything the secretariat does, and the programmes, the audit trail and the instance. */
  ADMIN: [...SECRETARIAT, "programme:manage", "audit:read", "instance:admin", "holiday:manage"],
  SECRETARIAT,
  COORDINATOR: [
    "meeting:read",
    "action:read",
    "action:update",
    "programme:read",
    "directory:read",
    "audit:read",
  ],
  MEMBER: ["meeting:read-invited", "minutes:review", "action:read-own"],
};

/** Permissions that only a global role (not a programme membership) can grant. */
const INSTANCE_PERMISSIONS: ReadonlySet<TPermission> = new Set(["instance:admin", "holiday:manage"]);

/** What the server knows about a user's roles: loaded per request, never trusted from the client. */
export type TAccess = {
  userId: string;
  personId: string | null;
  globalRole: Role | null;
  /** programmeId → role held in that programme. */
  memberships: ReadonlyMap<string, Role>;
};

export function roleHas(role: Role | null | undefined, permission: TPermission): boolean {
  return role ? ROLE_PERMISSIONS[role].includes(permission) : false;
}

/** Does the user hold `permission` in this programme (through a global role or a membership)? */
export function can(access: TAccess, permission: TPermission, programmeId: string): boolean {
  if (roleHas(access.globalRole, permission)) return true;
  if (INSTANCE_PERMISSIONS.has(permission)) return false;
  return roleHas(access.memberships.get(programmeId), permission);
}

/** Does the user hold `permission` anywhere (for global pages: directory, admin, navigation)? */
export function canAnywhere(access: TAccess, permission: TPermission): boolean {
  if (roleHas(access.globalRole, permission)) return true;
  if (INSTANCE_PERMISSIONS.has(permission)) return false;
  for (const role of access.memberships.values()) if (roleHas(role, permission)) return true;
  return false;
}

/**
 * Programme ids in which the user holds `permission` via a membership; `"all"` when a global
 * role grants it everywhere. Services turn this into a Prisma `where`.
 */
export function programmesWith(access: TAccess, permission: TPermission): "all" | string[] {
  if (roleHas(access.globalRole, permission)) return "all";
  return [...access.memberships].filter(([, role]) => roleHas(role, permission)).map(([id]) => id);
}

export type TNavItem = "meetings" | "actions" | "programmes" | "directory" | "admin";

const NAV_PERMISSIONS: Record<TNavItem, readonly TPermission[]> = {
  meetings: ["meeting:read", "meeting:read-invited"],
  actions: ["action:read", "action:read-own"],
  programmes: ["programme:read"],
  directory: ["directory:read"],
  admin: ["instance:admin"],
};

export const NAV_ITEMS = Object.keys(NAV_PERMISSIONS) as TNavItem[];

export function canSeeNavItem(access: TAccess, item: TNavItem): boolean {
  return NAV_PERMISSIONS[item].some((permission) => canAnywhere(access, permission));
}
