// Users: login check, access (roles) loading, creation by operators, the admin's list and view.
import "server-only";
import { verifyPassword, hashPassword } from "@/lib/auth/password";
import { canAnywhere, type TAccess } from "@/lib/auth/permissions";
import type { TLocale } from "@/i18n/locales";
import type { Role } from "@/lib/generated/prisma/enums";
import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/service";
import { parseInput } from "@/lib/validation";
import { ZCreateUser, ZLinkUserPerson, type TCreateUser, type TLinkUserPerson } from "./schema";

// A well-formed Argon2id hash that matches no password: verifying against it costs the same
// time as for a real user, so response time does not reveal which e-mails have accounts.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0MgOUAYQsnOA8hDs/zEcRL3lM0PlHsXs3dVnmTVuoVM";

export type TSessionUser = { id: string; email: string; name: string };

/** Checks e-mail and password; null for any mismatch (which one is not revealed). */
export async function authenticate(email: string, password: string): Promise<TSessionUser | null> {
  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !user.passwordHash || user.disabledAt || !isValid) return null;
  return { id: user.id, email: user.email, name: user.name };
}

/** The signed-in user: who, their language setting, and what they may do. */
export type TCurrentUser = TSessionUser & { locale: string; access: TAccess };

/** A user with their roles, as the one-query lookups (session, API token) read them. */
export type TAccessRow = {
  id: string;
  email: string;
  name: string;
  personId: string | null;
  locale: string;
  globalRole: Role | null;
  memberships: { programmeId: string; role: Role }[];
};

/**
 * The columns of TAccessRow for the user aliased `u`, memberships folded into one JSON column, so
 * whatever authenticates a request (a session, a token) is checked in the same query that loads
 * the user and their roles.
 */
export const USER_ACCESS_COLUMNS = Prisma.sql`u."id", u."email", u."name", u."personId", u."locale",
  u."globalRole"::text AS "globalRole",
  COALESCE(
    (SELECT json_agg(json_build_object('programmeId', m."programmeId", 'role', m."role"))
       FROM "ProgrammeMembership" m WHERE m."userId" = u."id"),
    '[]'::json
  ) AS "memberships"`;

export function toCurrentUser(row: TAccessRow): TCurrentUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    access: {
      userId: row.id,
      personId: row.personId,
      globalRole: row.globalRole,
      memberships: new Map(row.memberships.map((m) => [m.programmeId, m.role])),
    },
  };
}

/** Loads the user's roles from the database (never from the token), or null if gone/disabled. */
export async function getUserWithAccess(userId: string): Promise<TCurrentUser | null> {
  const [row] = await db().$queryRaw<TAccessRow[]>`
    SELECT ${USER_ACCESS_COLUMNS} FROM "User" u WHERE u."id" = ${userId} AND u."disabledAt" IS NULL`;
  return row ? toCurrentUser(row) : null;
}

/** Remembers the language a user chose in the app (answers of the API use it, too). */
export async function setUserLocale(userId: string, locale: TLocale): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { locale } });
}

/** Creates a user (operator CLI, admin). With a programme the role is a membership, else global. */
export async function createUser(input: TCreateUser, actor: TActor): Promise<TSessionUser> {
  const data = parseInput(ZCreateUser, input);
  const passwordHash = await hashPassword(data.password);
  try {
    return await db().$transaction(async (tx) => {
      if (data.programmeId) {
        const programme = await tx.programme.findUnique({
          where: { id: data.programmeId },
          select: { id: true },
        });
        if (!programme) throw AppError.invalidField("programmeId", "errors.field.noSuchProgramme");
      }
      // The directory entry with the same e-mail, if no other account acts as that person.
      const person = await tx.person.findFirst({
        where: { email: { equals: data.email, mode: "insensitive" }, user: null },
        select: { id: true },
      });
      const user = await tx.user.create({
        data: {
          email: data.email,
          name: data.name,
          personId: person?.id ?? null,
          passwordHash,
          globalRole: data.programmeId ? null : data.role,
          memberships: data.programmeId
            ? { create: { programmeId: data.programmeId, role: data.role } }
            : undefined,
        },
        select: { id: true, email: true, name: true },
      });
      await recordAudit(tx, {
        actor,
        entity: "User",
        entityId: user.id,
        action: "CREATE",
        programmeId: data.programmeId,
        after: {
          email: user.email,
          name: user.name,
          role: data.role,
          programmeId: data.programmeId ?? null,
          personId: person?.id ?? null,
        },
      });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw AppError.invalidField("email", "errors.field.userEmailTaken");
    }
    throw error;
  }
}

export const USERS_PAGE_SIZE = 50;

export async function listUsers(page: number) {
  const [total, users] = await Promise.all([
    db().user.count(),
    db().user.findMany({
      orderBy: { email: "asc" },
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        email: true,
        name: true,
        globalRole: true,
        disabledAt: true,
        memberships: {
          select: { role: true, programme: { select: { id: true, title: true, shortTitle: true } } },
        },
      },
    }),
  ]);
  return { total, users, pageSize: USERS_PAGE_SIZE };
}

/** One user as the administrator sees them, above their sessions and tokens. */
export async function getUserForAdmin(access: TAccess, userId: string) {
  if (!canAnywhere(access, "instance:admin")) throw AppError.notFound();
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      disabledAt: true,
      person: {
        select: {
          id: true,
          name: true,
          email: true,
          organisation: { select: { name: true, acronym: true } },
        },
      },
    },
  });
  if (!user) throw AppError.notFound();
  return user;
}

/**
 * The administrator links an account to the directory person with this e-mail (or, blank, unlinks
 * it): the account then reads its organisation's action items and can have a calendar feed.
 * A person acts through one account at most. Audited.
 */
export async function linkUserPerson(access: TAccess, input: TLinkUserPerson, actor: TActor) {
  if (!canAnywhere(access, "instance:admin")) throw AppError.notFound();
  const data = parseInput(ZLinkUserPerson, input);
  try {
    return await linkInTransaction(data, actor);
  } catch (error) {
    // Another administrator linked the person to another account at the same moment.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw AppError.invalidField("personEmail", "admin.person.errors.taken");
    }
    throw error;
  }
}

function linkInTransaction(data: TLinkUserPerson, actor: TActor) {
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: data.userId },
      select: { id: true, personId: true },
    });
    if (!user) throw AppError.notFound();
    let personId: string | null = null;
    if (data.personEmail) {
      const person = await tx.person.findFirst({
        where: { email: { equals: data.personEmail, mode: "insensitive" } },
        select: { id: true, user: { select: { id: true } } },
      });
      if (!person) throw AppError.invalidField("personEmail", "admin.person.errors.noSuchPerson");
      if (person.user && person.user.id !== user.id) {
        throw AppError.invalidField("personEmail", "admin.person.errors.taken");
      }
      personId = person.id;
    }
    if (personId === user.personId) return { personId };
    await tx.user.update({ where: { id: user.id }, data: { personId } });
    await recordAudit(tx, {
      actor,
      entity: "User",
      entityId: user.id,
      action: "UPDATE",
      before: { personId: user.personId },
      after: { personId },
    });
    return { personId };
  });
}
