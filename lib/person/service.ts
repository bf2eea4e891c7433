// People of the directory: the only place that reads and writes them (search, create, update,
// CSV import and export).
import "server-only";
import { toLocale } from "@/i18n/locales";
import { db, Prisma, type TTx } from "@/lib/db";
import { containsIgnoringCase, equalsIgnoringCase } from "@/lib/db/ignoring-case";
import { canAnywhere, type TAccess, type TPermission } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { AppError } from "@/lib/errors";
import { paged, type TPaged } from "@/lib/pagination/schema";
import { ORGANISATION_REF } from "@/lib/organisation/service";
import { parseInput } from "@/lib/validation";
import { parsePeopleCsv, toPeopleCsv, type TCsvPerson } from "./csv";
import { planImport, type TExistingPerson } from "./import-plan";
import {
  ZCreatePerson,
  ZUpdatePerson,
  type TCreatePerson,
  type TImportOutcome,
  type TPersonSummary,
  type TSearchPeopleQuery,
  type TUpdatePerson,
} from "./schema";

export const PEOPLE_PAGE_SIZE = 20;

const SUMMARY_SELECT = {
  id: true,
  name: true,
  position: true,
  positionTranslation: true,
  email: true,
  sex: true,
  phone: true,
  language: true,
  organisation: ORGANISATION_REF,
  version: true,
} satisfies Prisma.PersonSelect;

/** The database keeps the language as text (checked by a constraint); the API's type names the two. */
function toSummary(row: Prisma.PersonGetPayload<{ select: typeof SUMMARY_SELECT }>): TPersonSummary {
  return { ...row, language: toLocale(row.language) };
}

/** A person's own fields, as the audit trail, the CSV import and the meeting bundle read them. */
export const PERSON_FIELDS_SELECT = {
  id: true,
  name: true,
  position: true,
  positionTranslation: true,
  organisationId: true,
  email: true,
  sex: true,
  phone: true,
  language: true,
} satisfies Prisma.PersonSelect;

/** The directory is not per programme: a role anywhere that grants the permission is enough. */
function requireDirectory(access: TAccess, permission: TPermission): void {
  if (!canAnywhere(access, permission)) throw AppError.notFound("directory");
}

/** People whose name, e-mail, organisation name or acronym contains `q`, by name. */
export async function searchPeople(
  access: TAccess,
  query: TSearchPeopleQuery,
): Promise<TPaged<TPersonSummary>> {
  requireDirectory(access, "directory:read");
  const contains = containsIgnoringCase(query.q);
  const where: Prisma.PersonWhereInput = query.q
    ? {
        OR: [
          { name: contains },
          { email: contains },
          { organisation: { name: contains } },
          { organisation: { acronym: contains } },
        ],
      }
    : {};
  const [total, rows] = await Promise.all([
    db().person.count({ where }),
    db().person.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
      select: SUMMARY_SELECT,
    }),
  ]);
  return paged(rows.map(toSummary), query.page, PEOPLE_PAGE_SIZE, total);
}

/** One person, for the person form. */
export async function getPerson(access: TAccess, id: string): Promise<TPersonSummary> {
  requireDirectory(access, "directory:read");
  const person = await db().person.findUnique({ where: { id }, select: SUMMARY_SELECT });
  if (!person) throw AppError.notFound("person");
  return toSummary(person);
}

async function assertEmailFree(tx: TTx, email: string | null | undefined, exceptId?: string) {
  if (!email) return;
  const other = await tx.person.findFirst({
    where: { email: equalsIgnoringCase(email), ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (other) throw AppError.invalidField("email", "people.errors.duplicateEmail");
}

async function assertOrganisationExists(tx: TTx, organisationId: string | null | undefined) {
  if (!organisationId) return;
  const found = await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } });
  if (!found) throw AppError.invalidField("organisationId", "errors.field.noSuchOrganisation");
}

/** A unique-index race (two saves of one e-mail at once) reads like the checked case. */
function mapUniqueEmail(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    throw AppError.invalidField("email", "people.errors.duplicateEmail");
  }
  throw error;
}

/** The audit event of a save: a person created when there was nothing before. */
function auditPerson(
  tx: TTx,
  actor: TActor,
  before: object | null,
  after: { id: string; [field: string]: unknown },
): Promise<void> {
  return recordAudit(tx, {
    actor,
    entity: "Person",
    entityId: after.id,
    action: before ? "UPDATE" : "CREATE",
    before: before ? auditJson(before) : undefined,
    after: auditJson(after),
  });
}

/**
 * Saves a new person (`id` null) or the person `id` with its audit event: `write` writes the
 * fields, once the organisation they name exists and their e-mail is free.
 */
async function savePerson<T extends { id: string }>(
  id: string | null,
  fields: { organisationId?: string | null; email?: string | null },
  actor: TActor,
  write: (tx: TTx) => Promise<T>,
): Promise<T> {
  return db()
    .$transaction(async (tx) => {
      const before = id ? await tx.person.findUnique({ where: { id }, select: PERSON_FIELDS_SELECT }) : null;
      if (id && !before) throw AppError.notFound("person");
      await assertOrganisationExists(tx, fields.organisationId);
      await assertEmailFree(tx, fields.email, id ?? undefined);
      const person = await write(tx);
      const after = await tx.person.findUniqueOrThrow({
        where: { id: person.id },
        select: PERSON_FIELDS_SELECT,
      });
      await auditPerson(tx, actor, before, after);
      return person;
    })
    .catch(mapUniqueEmail);
}

export async function createPerson(
  access: TAccess,
  input: TCreatePerson,
  actor: TActor,
): Promise<TPersonSummary> {
  requireDirectory(access, "directory:manage");
  const data = parseInput(ZCreatePerson, input);
  const write = (tx: TTx) => tx.person.create({ data, select: SUMMARY_SELECT });
  return toSummary(await savePerson(null, data, actor, write));
}

/**
 * Raises the version if it is still the one the caller saw (the version in the `where` settles a
 * race with an edit committed after our read); else nothing is saved and the 409 carries the
 * person as they are now.
 */
async function claimVersion(tx: TTx, id: string, version: number): Promise<void> {
  const { count } = await tx.person.updateMany({
    where: { id, version },
    data: { version: { increment: 1 } },
  });
  if (count > 0) return;
  const current = await tx.person.findUnique({ where: { id }, select: SUMMARY_SELECT });
  if (!current) throw AppError.notFound("person");
  throw AppError.conflict("people.errors.changedMeanwhile", undefined, toSummary(current));
}

/** Changes the fields given, if nobody changed the person since `version`. */
export async function updatePerson(
  access: TAccess,
  id: string,
  input: TUpdatePerson,
  actor: TActor,
): Promise<TPersonSummary> {
  requireDirectory(access, "directory:manage");
  const { version, ...data } = parseInput(ZUpdatePerson, input);
  const write = async (tx: TTx) => {
    await claimVersion(tx, id, version);
    return tx.person.update({ where: { id }, data, select: SUMMARY_SELECT });
  };
  return toSummary(await savePerson(id, data, actor, write));
}

/** Reads with the client or inside a transaction. */
type TReader = Pick<TTx, "person" | "organisation">;

function toExisting(row: Prisma.PersonGetPayload<{ select: typeof PERSON_FIELDS_SELECT }>): TExistingPerson {
  return { ...row, language: toLocale(row.language) };
}

/** People an import's rows may mean: by e-mail, or (rows without one) by name among those without. */
async function existingPeople(reader: TReader, people: TCsvPerson[]) {
  const byEmail = new Map<string, TExistingPerson>();
  const withoutEmail: TExistingPerson[] = [];
  const emails = people.flatMap((p) => (p.email ? [p.email] : []));
  const names = people.flatMap((p) => (p.email ? [] : [p.name]));
  for (let i = 0; i < emails.length; i += 500) {
    const rows = await reader.person.findMany({
      where: { OR: emails.slice(i, i + 500).map((email) => ({ email: equalsIgnoringCase(email) })) },
      select: PERSON_FIELDS_SELECT,
    });
    for (const row of rows) if (row.email) byEmail.set(row.email.toLowerCase(), toExisting(row));
  }
  for (let i = 0; i < names.length; i += 500) {
    withoutEmail.push(
      ...(
        await reader.person.findMany({
          where: {
            email: null,
            OR: names.slice(i, i + 500).map((name) => ({ name: equalsIgnoringCase(name) })),
          },
          select: PERSON_FIELDS_SELECT,
        })
      ).map(toExisting),
    );
  }
  return { byEmail, withoutEmail };
}

async function planFromDatabase(reader: TReader, csvText: string) {
  const parsed = parsePeopleCsv(csvText);
  // One after the other: inside the import's transaction the reader holds one connection.
  const organisations = await reader.organisation.findMany(ORGANISATION_REF);
  const existing = await existingPeople(reader, parsed.people);
  const plan = planImport(parsed.people, organisations, existing);
  const errors = [...parsed.errors, ...plan.errors].sort((a, b) => a.row - b.row);
  return { ...plan, errors };
}

/**
 * Imports a CSV of people: each row creates a person, or updates the one with the same e-mail.
 * With `dryRun` nothing is written; with any invalid row nothing is written either. Otherwise all
 * rows are saved in one transaction, each with its audit event.
 */
export async function importPeople(
  access: TAccess,
  csvText: string,
  options: { dryRun: boolean },
  actor: TActor,
): Promise<TImportOutcome> {
  requireDirectory(access, "directory:manage");
  if (options.dryRun) {
    const plan = await planFromDatabase(db(), csvText);
    return { rows: plan.preview, errors: plan.errors, isSaved: false };
  }
  return db()
    .$transaction(
      async (tx) => {
        const plan = await planFromDatabase(tx, csvText);
        if (plan.errors.length > 0) return { rows: plan.preview, errors: plan.errors, isSaved: false };
        for (const { personId: id, data } of plan.writes) {
          const before = id
            ? await tx.person.findUniqueOrThrow({ where: { id }, select: PERSON_FIELDS_SELECT })
            : null;
          const after = id
            ? await tx.person.update({
                where: { id },
                data: { ...data, version: { increment: 1 } },
                select: PERSON_FIELDS_SELECT,
              })
            : await tx.person.create({ data, select: PERSON_FIELDS_SELECT });
          await auditPerson(tx, actor, before, { ...after, source: "csv-import" });
        }
        return { rows: plan.preview, errors: [], isSaved: true };
      },
      { timeout: 120_000, maxWait: 10_000 },
    )
    .catch(mapUniqueEmail);
}

/** Every person in the import's columns, by name; importing the file again changes nothing. */
export async function exportPeopleCsv(access: TAccess): Promise<string> {
  requireDirectory(access, "directory:read");
  const people = await db().person.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      name: true,
      position: true,
      email: true,
      sex: true,
      language: true,
      organisation: { select: { name: true } },
    },
  });
  return toPeopleCsv(people.map((p) => ({ ...p, organisation: p.organisation?.name ?? null })));
}
