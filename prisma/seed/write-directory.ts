// Writes the directory, the programme and the demo users inside the seed transaction, and returns
// the ids the meeting writer needs, keyed by the short keys used in the data files.
import type { Prisma } from "../../lib/generated/prisma/client";
import { ORGANISATIONS, PEOPLE } from "./directory";
import { OUTPUTS, PROGRAMME } from "./programme";
import type { TDemoUser } from "./users";

export type TTx = Prisma.TransactionClient;

export interface TDirectoryIds {
  organisation: (key: string) => string;
  person: (key: string) => string;
  personKeys: string[];
  programmeId: string;
  output: (code: string) => string;
  /** E-mail → user id. */
  users: Map<string, string>;
}

function lookup(ids: Map<string, string>, what: string) {
  return (key: string) => {
    const id = ids.get(key);
    if (!id) throw new Error(`seed data names unknown ${what} "${key}"`);
    return id;
  };
}

export async function writeDirectory(tx: TTx, demoUsers: TDemoUser[]): Promise<TDirectoryIds> {
  const organisationIds = new Map<string, string>();
  // Ministries first, then the directorates-general that sit under them.
  for (const level of [ORGANISATIONS.filter((o) => !o.parent), ORGANISATIONS.filter((o) => o.parent)]) {
    const created = await tx.organisation.createManyAndReturn({
      data: level.map((o) => ({
        name: o.name,
        acronym: o.acronym,
        kind: o.kind,
        parentId: o.parent ? lookup(organisationIds, "organisation")(o.parent) : null,
      })),
      select: { id: true, name: true },
    });
    for (const row of created) organisationIds.set(level.find((o) => o.name === row.name)!.key, row.id);
  }
  const organisation = lookup(organisationIds, "organisation");

  const people = await tx.person.createManyAndReturn({
    data: PEOPLE.map((p) => ({
      name: p.name,
      position: p.position,
      organisationId: organisation(p.organisation),
      email: p.email ?? null,
      phone: p.phone ?? null,
      sex: p.sex,
      language: p.language,
    })),
    select: { id: true, name: true },
  });
  const personIds = new Map(people.map((row) => [PEOPLE.find((p) => p.name === row.name)!.key, row.id]));

  const acronymKey = (acronym: string) => ORGANISATIONS.find((o) => o.acronym === acronym)!.key;
  const programme = await tx.programme.create({
    data: {
      title: PROGRAMME.title,
      shortTitle: PROGRAMME.shortTitle,
      country: PROGRAMME.country,
      fund: PROGRAMME.fund,
      conveningAgencyId: organisation(acronymKey(PROGRAMME.conveningAgencyAcronym)),
      startDate: new Date(PROGRAMME.startDate),
      durationMonths: PROGRAMME.durationMonths,
      sdgGoals: [...PROGRAMME.sdgGoals],
      nationalFramework: PROGRAMME.nationalFramework,
      description: PROGRAMME.description,
      participatingOrganisations: {
        create: PROGRAMME.participatingAcronyms.map((a) => ({ organisationId: organisation(acronymKey(a)) })),
      },
      outputs: { create: OUTPUTS.map((o) => ({ kind: "OUTPUT" as const, code: o.code, title: o.title })) },
    },
    select: { id: true, outputs: { select: { id: true, code: true } } },
  });

  // Users: an account that already exists (e.g. made with the CLI) is kept as it is, only linked.
  const users = new Map<string, string>();
  for (const u of demoUsers) {
    const person = PEOPLE.find((p) => p.email === u.email);
    const user = await tx.user.upsert({
      where: { email: u.email },
      create: {
        email: u.email,
        name: u.name,
        passwordHash: u.passwordHash,
        globalRole: u.role === "ADMIN" ? "ADMIN" : null,
        personId: person ? personIds.get(person.key) : null,
      },
      update: person ? { personId: personIds.get(person.key) } : {},
      select: { id: true },
    });
    users.set(u.email, user.id);
    await tx.programmeMembership.create({
      data: { userId: user.id, programmeId: programme.id, role: u.role },
    });
  }

  return {
    organisation,
    person: lookup(personIds, "person"),
    personKeys: PEOPLE.map((p) => p.key),
    programmeId: programme.id,
    output: lookup(new Map(programme.outputs.map((o) => [o.code, o.id])), "output"),
    users,
  };
}
