// Organisations of the directory: the only place that reads and writes them (list, create,
// update, and merging a duplicate into the organisation that is kept). Edits and merges name the
// version the editor saw; a stale one is refused with the organisation as it is now.
import "server-only";
import { db, Prisma, type TTx } from "@/lib/db";
import { equalsIgnoringCase } from "@/lib/db/ignoring-case";
import { canAnywhere, type TAccess, type TPermission } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { AppError } from "@/lib/errors";
import { paged } from "@/lib/pagination/schema";
import { parseInput } from "@/lib/validation";
import { isSelfOrDescendant, wouldCreateCycle } from "./hierarchy";
import {
  type TOrganisationKind,
  ZCreateOrganisation,
  ZMergeOrganisation,
  ZUpdateOrganisation,
  type TCreateOrganisation,
  type TMergeOrganisation,
  type TMergeResult,
  type TOrganisation,
  type TUpdateOrganisation,
} from "./schema";

const PAGE_SIZE = 30;
/** An organisation as the audit trail and the meeting bundle show it (the API adds the version). */
export const ORGANISATION_SELECT = {
  id: true,
  name: true,
  acronym: true,
  kind: true,
  parentId: true,
} satisfies Prisma.OrganisationSelect;

/** An organisation as the API and the directory's forms give it: with the version an edit must name. */
const EDITABLE_SELECT = { ...ORGANISATION_SELECT, version: true } satisfies Prisma.OrganisationSelect;

/** An organisation as another record names it (a person's, a programme's, an action item's owner). */
export const ORGANISATION_REF = { select: { id: true, name: true, acronym: true } } as const;

/** An organisation with its parent's id: a node of the directory's tree. */
export type TOrganisationNode = {
  id: string;
  name: string;
  acronym: string | null;
  kind: TOrganisationKind;
  parentId: string | null;
};

/**
 * The organisations given and all their ancestors, in one recursive query: for the attendance
 * statistics (a directorate counts under its ministry) and the documents (a person is named by it).
 */
export async function organisationsWithAncestors(ids: string[]): Promise<TOrganisationNode[]> {
  if (ids.length === 0) return [];
  const rows = await db().$queryRaw<TOrganisationNode[]>`
    WITH RECURSIVE chain AS (
      SELECT id, name, acronym, kind, "parentId" FROM "Organisation" WHERE id = ANY(${ids}::text[])
      UNION
      SELECT o.id, o.name, o.acronym, o.kind, o."parentId"
        FROM "Organisation" o JOIN chain c ON o.id = c."parentId"
    )
    SELECT id, name, acronym, kind::text AS kind, "parentId" FROM chain`;
  return rows.map((o) => ({ ...o, kind: o.kind as TOrganisationKind }));
}

/** The directory is not per programme: a role anywhere that grants the permission is enough. */
function requireDirectory(access: TAccess, permission: TPermission): void {
  if (!canAnywhere(access, permission)) throw AppError.notFound("organisation");
}

export async function listOrganisations(
  access: TAccess,
  query: { page: number; kind?: TOrganisation["kind"] },
) {
  requireDirectory(access, "directory:read");
  const where: Prisma.OrganisationWhereInput = query.kind ? { kind: query.kind } : {};
  const [total, rows] = await Promise.all([
    db().organisation.count({ where }),
    db().organisation.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        ...EDITABLE_SELECT,
        parent: { select: { acronym: true, name: true } },
        _count: { select: { people: true } },
      },
    }),
  ]);
  return paged(rows, query.page, PAGE_SIZE, total);
}

/** Every organisation, for pickers (convening agency, parent, merge target). */
export async function organisationOptions(access: TAccess) {
  requireDirectory(access, "directory:read");
  return db().organisation.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: EDITABLE_SELECT,
  });
}

/** One organisation with what a merge would move away from it. */
export async function getOrganisation(access: TAccess, id: string) {
  requireDirectory(access, "directory:read");
  const organisation = await db().organisation.findUnique({
    where: { id },
    select: {
      ...EDITABLE_SELECT,
      _count: {
        select: {
          people: true,
          children: true,
          ownedActionItems: true,
          programmes: true,
          convenedProgrammes: true,
        },
      },
    },
  });
  if (!organisation) throw AppError.notFound("organisation");
  return organisation;
}

async function assertNameFree(tx: TTx, name: string | undefined, exceptId?: string) {
  if (!name) return;
  const other = await tx.organisation.findFirst({
    where: { name: equalsIgnoringCase(name), ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (other) throw AppError.invalidField("name", "organisation.errors.duplicateName");
}

async function parentMap(tx: TTx): Promise<Map<string, string | null>> {
  const rows = await tx.organisation.findMany({ select: { id: true, parentId: true } });
  return new Map(rows.map((r) => [r.id, r.parentId]));
}

async function assertParentAllowed(tx: TTx, id: string | null, parentId: string | null | undefined) {
  if (!parentId) return;
  const parents = await parentMap(tx);
  if (!parents.has(parentId)) throw AppError.invalidField("parentId", "errors.field.noSuchOrganisation");
  if (id && wouldCreateCycle(id, parentId, parents)) {
    throw AppError.invalidField("parentId", "organisation.errors.parentLoop");
  }
}

/** Someone changed (or merged away) the organisation since the caller read it: nothing is saved. */
async function changedMeanwhile(tx: TTx, id: string): Promise<never> {
  const current = await tx.organisation.findUnique({ where: { id }, select: EDITABLE_SELECT });
  if (!current) throw AppError.notFound("organisation");
  throw AppError.conflict("organisation.errors.changedMeanwhile", undefined, current);
}

/**
 * Raises the version if it is still the one the caller saw, locking the row until the transaction
 * ends; the version in the `where` settles a race with an edit committed after our read.
 */
async function claimVersion(tx: TTx, id: string, version: number): Promise<void> {
  const { count } = await tx.organisation.updateMany({
    where: { id, version },
    data: { version: { increment: 1 } },
  });
  if (count === 0) await changedMeanwhile(tx, id);
}

/** A unique-index race (two saves of one name at once) reads like the checked case. */
function mapUniqueName(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    throw AppError.invalidField("name", "organisation.errors.duplicateName");
  }
  throw error;
}

export async function createOrganisation(
  access: TAccess,
  input: TCreateOrganisation,
  actor: TActor,
): Promise<TOrganisation> {
  requireDirectory(access, "directory:manage");
  const data = parseInput(ZCreateOrganisation, input);
  return db()
    .$transaction(async (tx) => {
      await assertNameFree(tx, data.name);
      await assertParentAllowed(tx, null, data.parentId);
      const organisation = await tx.organisation.create({ data, select: EDITABLE_SELECT });
      await recordAudit(tx, {
        actor,
        entity: "Organisation",
        entityId: organisation.id,
        action: "CREATE",
        after: auditJson(organisation),
      });
      return organisation;
    })
    .catch(mapUniqueName);
}

/** Changes the fields given, if nobody changed the organisation since `version`. */
export async function updateOrganisation(
  access: TAccess,
  id: string,
  input: TUpdateOrganisation,
  actor: TActor,
): Promise<TOrganisation> {
  requireDirectory(access, "directory:manage");
  const { version, ...data } = parseInput(ZUpdateOrganisation, input);
  return db()
    .$transaction(async (tx) => {
      const before = await tx.organisation.findUnique({ where: { id }, select: EDITABLE_SELECT });
      if (!before) throw AppError.notFound("organisation");
      await claimVersion(tx, id, version);
      await assertNameFree(tx, data.name, id);
      await assertParentAllowed(tx, id, data.parentId);
      const after = await tx.organisation.update({ where: { id }, data, select: EDITABLE_SELECT });
      await recordAudit(tx, {
        actor,
        entity: "Organisation",
        entityId: id,
        action: "UPDATE",
        before: auditJson(before),
        after: auditJson(after),
      });
      return after;
    })
    .catch(mapUniqueName);
}

/**
 * Merges the duplicate `id` into `input.into`: its people, child organisations, action items,
 * programme participation and convening move to the kept organisation, then the duplicate is
 * deleted — all in one transaction with one audit event. Merging into itself or into one of its
 * own units is refused (the tree would loop), and so is a duplicate changed since `version`. What
 * the merge changes elsewhere (units, action items, programmes) gets a new version too.
 */
export async function mergeOrganisation(
  access: TAccess,
  id: string,
  input: TMergeOrganisation,
  actor: TActor,
): Promise<TMergeResult> {
  requireDirectory(access, "directory:manage");
  const { into, version } = parseInput(ZMergeOrganisation, input);
  return db().$transaction(async (tx) => {
    const duplicate = await tx.organisation.findUnique({ where: { id }, select: ORGANISATION_SELECT });
    if (!duplicate) throw AppError.notFound("organisation");
    await claimVersion(tx, id, version);
    const kept = await tx.organisation.findUnique({ where: { id: into }, select: EDITABLE_SELECT });
    if (!kept) throw AppError.invalidField("into", "errors.field.noSuchOrganisation");
    if (isSelfOrDescendant(into, id, await parentMap(tx))) {
      throw AppError.invalidField("into", "organisation.errors.mergeIntoOwn");
    }
    const people = await tx.person.updateMany({
      where: { organisationId: id },
      data: { organisationId: into },
    });
    const raised = { version: { increment: 1 } };
    const children = await tx.organisation.updateMany({
      where: { parentId: id },
      data: { parentId: into, ...raised },
    });
    const actionItems = await tx.actionItem.updateMany({
      where: { ownerOrganisationId: id },
      data: { ownerOrganisationId: into, ...raised },
    });
    const convened = await tx.programme.updateMany({
      where: { conveningAgencyId: id },
      data: { conveningAgencyId: into, ...raised },
    });
    const participations = await tx.programmeParticipant.findMany({
      where: { organisationId: id },
      select: { programmeId: true },
    });
    await tx.programme.updateMany({
      where: { id: { in: participations.map((p) => p.programmeId) } },
      data: raised,
    });
    // A programme both took part in keeps one participation: the kept organisation's.
    await tx.programmeParticipant.createMany({
      data: participations.map((p) => ({ programmeId: p.programmeId, organisationId: into })),
      skipDuplicates: true,
    });
    await tx.programmeParticipant.deleteMany({ where: { organisationId: id } });
    await tx.organisation.delete({ where: { id } });
    const moved = {
      people: people.count,
      childOrganisations: children.count,
      actionItems: actionItems.count,
      programmeParticipations: participations.length,
      convenedProgrammes: convened.count,
    };
    await recordAudit(tx, {
      actor,
      entity: "Organisation",
      entityId: id,
      action: "DELETE",
      before: auditJson(duplicate),
      after: auditJson({ mergedInto: kept, moved }),
    });
    return { kept, moved };
  });
}
