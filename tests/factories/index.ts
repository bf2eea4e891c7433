// Small factories for integration tests: each creates the least data a test needs.
import { randomBytes } from "node:crypto";
import { createApiToken } from "@/lib/api-token/service";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { MeetingStatus, OrganisationKind, Role } from "@/lib/generated/prisma/enums";

const uid = () => randomBytes(4).toString("hex");

export async function createOrganisation(
  kind: OrganisationKind = "GOVERNMENT_MINISTRY",
  name = `Ministry ${uid()}`,
) {
  return db().organisation.create({ data: { name, kind, acronym: name.slice(0, 6).toUpperCase() } });
}

export async function createProgramme(title = `Programme ${uid()}`) {
  return db().programme.create({ data: { title, country: "Indonesia" } });
}

export async function createPerson(organisationId?: string) {
  const id = uid();
  return db().person.create({
    data: { name: `Person ${id}`, email: `person-${id}@example.test`, organisationId },
  });
}

export const TEST_PASSWORD = "correct horse battery";
let cachedHash: Promise<string> | undefined;

type TUserOptions = { role: Role; programmeId?: string; personId?: string; email?: string };

/** A user with a role: global when no programme is given, else a membership. */
export async function createUser(options: TUserOptions) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  return db().user.create({
    data: {
      email: options.email ?? `user-${uid()}@example.test`,
      name: `User ${uid()}`,
      passwordHash: await cachedHash,
      personId: options.personId,
      globalRole: options.programmeId ? null : options.role,
      memberships: options.programmeId
        ? { create: { programmeId: options.programmeId, role: options.role } }
        : undefined,
    },
  });
}

/** A bearer token for `user`, as an API client holds it. */
export async function tokenFor(user: { email: string }) {
  return (await createApiToken(user.email, "test", { label: "test" })).token;
}

/** A new user (as createUser) and only their bearer token. */
export async function createUserToken(options: TUserOptions) {
  return tokenFor(await createUser(options));
}

/**
 * The cast of most API tests, as bearer tokens: a programme's secretariat and coordinator, and the
 * secretariat of another programme (the outsider, who must get the same 404 as for missing).
 */
export async function programmeWithSecretariat(title?: string) {
  const programmeId = (await createProgramme(title)).id;
  const otherProgrammeId = (await createProgramme()).id;
  return {
    programmeId,
    otherProgrammeId,
    secretariat: await createUserToken({ role: "SECRETARIAT", programmeId }),
    coordinator: await createUserToken({ role: "COORDINATOR", programmeId }),
    outsider: await createUserToken({ role: "SECRETARIAT", programmeId: otherProgrammeId }),
  };
}

// Far above what the app numbers, so factory meetings never collide with scheduled ones.
let sequence = 1000;

export async function createMeeting(
  programmeId: string,
  options: { status?: MeetingStatus; startsAt?: Date } = {},
) {
  sequence += 1;
  const startsAt = options.startsAt ?? new Date(Date.UTC(2026, 0, 1 + (sequence % 300), 2));
  return db().meeting.create({
    data: {
      programmeId,
      sequenceNumber: sequence,
      title: `Meeting ${sequence}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3600_000),
      status: options.status ?? "SCHEDULED",
    },
  });
}

export async function invite(meetingId: string, personId: string) {
  return db().invitation.create({ data: { meetingId, personId, invitedAt: new Date() } });
}
