// How an import finds what the database already has: the programme (title + country), the
// organisations (name) and the people (e-mail, else name + organisation). Found records are used
// as they are, never changed; the rest is planned for creation with ids made up front, so the
// writer can insert everything with createMany.
import "server-only";
import { randomUUID } from "node:crypto";
import type { TTx } from "@/lib/db";
import { equalsIgnoringCase } from "@/lib/db/ignoring-case";
import { can, type TAccess } from "@/lib/auth/permissions";
import { canCreateProgramme } from "@/lib/programme/service";
import { refusedBundle, type TMeetingBundle } from "../schema";

type TBundleOrganisation = TMeetingBundle["organisations"][number];
type TBundlePerson = TMeetingBundle["people"][number];

const insensitive = equalsIgnoringCase;
const chunks = <T>(values: T[], size = 500) =>
  Array.from({ length: Math.ceil(values.length / size) }, (_, i) => values.slice(i * size, (i + 1) * size));

/**
 * The programme the meeting goes into: the one with the same title and country (ignoring case)
 * among those where the user may manage meetings, or null = create it (needs a global
 * programme:manage). One refusal for "none" and "not yours", so programmes cannot be probed.
 */
export async function matchProgramme(
  tx: TTx,
  access: TAccess,
  programme: TMeetingBundle["programme"],
): Promise<string | null> {
  const candidates = await tx.programme.findMany({
    where: { title: insensitive(programme.title), country: insensitive(programme.country) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const allowed = candidates.filter((c) => can(access, "meeting:manage", c.id));
  if (allowed.length > 1) {
    throw refusedBundle({
      "programme.title": [{ key: "bundle.errors.programmeAmbiguous", params: { count: allowed.length } }],
    });
  }
  if (allowed.length === 1) return allowed[0].id;
  if (canCreateProgramme(access)) return null;
  throw refusedBundle({ "programme.title": [{ key: "bundle.errors.programmeNotAllowed" }] });
}

export type TOrganisationPlan = {
  /** Bundle key → database id, for found and new organisations alike. */
  ids: Map<string, string>;
  matched: number;
  /** New organisations, each after its parent, ready for createMany. */
  create: {
    id: string;
    name: string;
    acronym: string | null;
    kind: TBundleOrganisation["kind"];
    parentId: string | null;
  }[];
};

export async function matchOrganisations(
  tx: TTx,
  organisations: TBundleOrganisation[],
): Promise<TOrganisationPlan> {
  const existing = new Map<string, string>();
  for (const names of chunks(organisations.map((o) => o.name))) {
    const rows = await tx.organisation.findMany({
      where: { OR: names.map((name) => ({ name: insensitive(name) })) },
      select: { id: true, name: true },
    });
    for (const row of rows) existing.set(row.name.toLowerCase(), row.id);
  }
  const ids = new Map<string, string>();
  for (const o of organisations) ids.set(o.key, existing.get(o.name.toLowerCase()) ?? randomUUID());
  const fresh = organisations.filter((o) => !existing.has(o.name.toLowerCase()));
  const byKey = new Map(fresh.map((o) => [o.key, o]));
  const create: TOrganisationPlan["create"] = [];
  const placed = new Set<string>();
  // Parents first, so the self-reference holds however the insert is split.
  const place = (o: TBundleOrganisation) => {
    if (placed.has(o.key)) return;
    placed.add(o.key);
    const parent = o.parent ? byKey.get(o.parent) : undefined;
    if (parent) place(parent);
    const parentId = o.parent ? (ids.get(o.parent) ?? null) : null;
    create.push({ id: ids.get(o.key)!, name: o.name, acronym: o.acronym, kind: o.kind, parentId });
  };
  fresh.forEach(place);
  return { ids, matched: organisations.length - fresh.length, create };
}

export type TPeoplePlan = {
  ids: Map<string, string>;
  matched: number;
  create: {
    id: string;
    name: string;
    position: string | null;
    positionTranslation: string | null;
    organisationId: string | null;
    email: string | null;
    sex: TBundlePerson["sex"];
    phone: string | null;
    language: TBundlePerson["language"];
  }[];
};

type TCandidate = { id: string; name: string; organisationId: string | null; email: string | null };

/**
 * By e-mail (ignoring case); else the earliest-created person with the same name (ignoring case)
 * and organisation whose e-mail does not contradict the bundle's; each directory person is used
 * by at most one bundle person. Otherwise the person is created.
 */
export async function matchPeople(
  tx: TTx,
  people: TBundlePerson[],
  organisationIds: ReadonlyMap<string, string>,
): Promise<TPeoplePlan> {
  const byEmail = new Map<string, string>();
  for (const emails of chunks(people.flatMap((p) => (p.email ? [p.email] : [])))) {
    const rows = await tx.person.findMany({
      where: { OR: emails.map((email) => ({ email: insensitive(email) })) },
      select: { id: true, email: true },
    });
    for (const row of rows) if (row.email) byEmail.set(row.email.toLowerCase(), row.id);
  }
  const unmatched = people.filter((p) => !p.email || !byEmail.has(p.email.toLowerCase()));
  const candidates: TCandidate[] = [];
  for (const names of chunks([...new Set(unmatched.map((p) => p.name))])) {
    candidates.push(
      ...(await tx.person.findMany({
        where: { OR: names.map((name) => ({ name: insensitive(name) })) },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, name: true, organisationId: true, email: true },
      })),
    );
  }
  const claimed = new Set(byEmail.values());
  const ids = new Map<string, string>();
  const create: TPeoplePlan["create"] = [];
  for (const p of people) {
    const organisationId = p.organisation ? (organisationIds.get(p.organisation) ?? null) : null;
    const email = p.email?.toLowerCase() ?? null;
    const found =
      (email ? byEmail.get(email) : undefined) ??
      candidates.find(
        (c) =>
          !claimed.has(c.id) &&
          c.name.toLowerCase() === p.name.toLowerCase() &&
          c.organisationId === organisationId &&
          (email === null || c.email === null),
      )?.id;
    if (found) {
      claimed.add(found);
      ids.set(p.key, found);
      continue;
    }
    const id = randomUUID();
    ids.set(p.key, id);
    create.push({
      id,
      name: p.name,
      position: p.position,
      positionTranslation: p.positionTranslation,
      organisationId,
      email,
      sex: p.sex,
      phone: p.phone,
      language: p.language,
    });
  }
  return { ids, matched: people.length - create.length, create };
}
