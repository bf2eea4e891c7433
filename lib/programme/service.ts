// Programmes: the only place that reads and writes them (list, detail, create, edit). An edit names
// the version the editor saw; a stale one is refused with the programme as it is now.
import "server-only";
import { db, Prisma, type TTx } from "@/lib/db";
import { can, programmesWith, roleHas, type TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { AppError } from "@/lib/errors";
import { ORGANISATION_REF } from "@/lib/organisation/service";
import { toLocale } from "@/i18n/locales";
import { paged } from "@/lib/pagination/schema";
import { parseInput } from "@/lib/validation";
import {
  ZCreateProgramme,
  ZUpdateProgramme,
  type TCreateProgramme,
  type TProgramme,
  type TUpdateProgramme,
} from "./schema";

const PAGE_SIZE = 20;
/** A programme's facts as the minutes read them (its page and the API add the version). */
export const PROGRAMME_SELECT = {
  id: true,
  title: true,
  shortTitle: true,
  country: true,
  fund: true,
  conveningAgency: ORGANISATION_REF,
  participatingOrganisations: {
    select: { organisation: ORGANISATION_REF },
    orderBy: { organisation: { name: "asc" } },
  },
  startDate: true,
  durationMonths: true,
  sdgGoals: true,
  nationalFramework: true,
  nationalFrameworkTranslation: true,
  description: true,
  descriptionTranslation: true,
  recordLanguage: true,
} satisfies Prisma.ProgrammeSelect;

/**
 * A programme as the API and the programme form give it: with its terms of reference on minutes
 * (not part of a minutes snapshot, so not in PROGRAMME_SELECT) and the version an edit must name.
 */
const EDITABLE_SELECT = {
  ...PROGRAMME_SELECT,
  adoptionMethods: true,
  reviewVisibility: true,
  version: true,
} satisfies Prisma.ProgrammeSelect;

type TRow = Prisma.ProgrammeGetPayload<{ select: typeof EDITABLE_SELECT }>;

function toProgramme(row: TRow): TProgramme {
  return {
    ...row,
    startDate: row.startDate ? row.startDate.toISOString().slice(0, 10) : null,
    participatingOrganisations: row.participatingOrganisations.map((p) => p.organisation),
    recordLanguage: toLocale(row.recordLanguage),
  };
}

/**
 * Creating is global: there is no programme yet whose membership could grant it, and an admin
 * membership in one programme must not let anyone open new ones. So only a global role counts.
 */
export function canCreateProgramme(access: TAccess): boolean {
  return roleHas(access.globalRole, "programme:manage");
}

/** Programmes the user may read, alphabetically. */
export async function listProgrammes(access: TAccess, page: number) {
  const ids = programmesWith(access, "programme:read");
  const where = ids === "all" ? {} : { id: { in: ids } };
  const [total, rows] = await Promise.all([
    db().programme.count({ where }),
    db().programme.findMany({
      where,
      orderBy: [{ title: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        title: true,
        shortTitle: true,
        country: true,
        fund: true,
        startDate: true,
        durationMonths: true,
        conveningAgency: { select: { acronym: true, name: true } },
        _count: { select: { meetings: true } },
      },
    }),
  ]);
  return paged(rows, page, PAGE_SIZE, total);
}

function readableWhere(access: TAccess, id: string): Prisma.ProgrammeWhereInput {
  const ids = programmesWith(access, "programme:read");
  return ids === "all" ? { id } : { id: { equals: id, in: ids } };
}

/** One programme the user may read; missing and not-yours are the same 404. */
export async function getProgramme(access: TAccess, id: string): Promise<TProgramme> {
  const row = await db().programme.findFirst({ where: readableWhere(access, id), select: EDITABLE_SELECT });
  if (!row) throw AppError.notFound("programme");
  return toProgramme(row);
}

/** The programme's meetings, newest first, for its detail page. */
export async function programmeMeetings(access: TAccess, id: string) {
  const row = await db().programme.findFirst({
    where: readableWhere(access, id),
    select: {
      meetings: {
        orderBy: [{ startsAt: "desc" }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          kind: true,
          sequenceNumber: true,
          startsAt: true,
          timeZone: true,
          status: true,
        },
      },
    },
  });
  if (!row) throw AppError.notFound("programme");
  return row.meetings;
}

/** Convening agency must exist; participating organisations must be UN entities. */
async function assertOrganisations(tx: TTx, conveningAgencyId?: string | null, participantIds?: string[]) {
  if (conveningAgencyId) {
    const found = await tx.organisation.findUnique({
      where: { id: conveningAgencyId },
      select: { id: true },
    });
    if (!found) throw AppError.invalidField("conveningAgencyId", "errors.field.noSuchOrganisation");
  }
  if (participantIds && participantIds.length > 0) {
    const unique = [...new Set(participantIds)];
    const count = await tx.organisation.count({ where: { id: { in: unique }, kind: "UN_ENTITY" } });
    if (count !== unique.length) {
      throw AppError.invalidField("participatingOrganisationIds", "programme.errors.unEntitiesOnly");
    }
  }
}

/** The programme's own columns: participants are written separately, dates become Dates. */
function toData<T extends { participatingOrganisationIds?: string[]; startDate?: string | null }>(data: T) {
  const { participatingOrganisationIds: _ids, startDate, ...rest } = data;
  void _ids;
  return {
    ...rest,
    ...(startDate !== undefined ? { startDate: startDate ? new Date(startDate) : null } : {}),
  };
}

export async function createProgramme(
  access: TAccess,
  input: TCreateProgramme,
  actor: TActor,
): Promise<TProgramme> {
  if (!canCreateProgramme(access)) throw AppError.notFound("programme");
  const data = parseInput(ZCreateProgramme, input);
  return db().$transaction(async (tx) => {
    await assertOrganisations(tx, data.conveningAgencyId, data.participatingOrganisationIds);
    const ids = [...new Set(data.participatingOrganisationIds)];
    const row = await tx.programme.create({
      data: {
        ...toData(data),
        participatingOrganisations: { create: ids.map((organisationId) => ({ organisationId })) },
      },
      select: EDITABLE_SELECT,
    });
    const programme = toProgramme(row);
    await recordAudit(tx, {
      actor,
      entity: "Programme",
      entityId: row.id,
      programmeId: row.id,
      action: "CREATE",
      after: auditJson(programme),
    });
    return programme;
  });
}

/** Someone changed the programme since the caller read it: nothing is saved. */
async function changedMeanwhile(tx: TTx, id: string): Promise<never> {
  const current = await tx.programme.findUniqueOrThrow({ where: { id }, select: EDITABLE_SELECT });
  throw AppError.conflict("programme.errors.changedMeanwhile", undefined, toProgramme(current));
}

/** Changes the fields given, if nobody changed the programme since `version`. */
export async function updateProgramme(
  access: TAccess,
  id: string,
  input: TUpdateProgramme,
  actor: TActor,
): Promise<TProgramme> {
  // Per-record check before anything is read: not allowed and missing are the same 404.
  if (!can(access, "programme:manage", id)) throw AppError.notFound("programme");
  const { version, ...data } = parseInput(ZUpdateProgramme, input);
  return db().$transaction(async (tx) => {
    const beforeRow = await tx.programme.findUnique({ where: { id }, select: EDITABLE_SELECT });
    if (!beforeRow) throw AppError.notFound("programme");
    // The version in the `where` locks the row and settles a race with an edit committed after our read.
    const { count } = await tx.programme.updateMany({
      where: { id, version },
      data: { version: { increment: 1 } },
    });
    if (count === 0) await changedMeanwhile(tx, id);
    await assertOrganisations(tx, data.conveningAgencyId, data.participatingOrganisationIds);
    const ids = data.participatingOrganisationIds
      ? [...new Set(data.participatingOrganisationIds)]
      : undefined;
    const row = await tx.programme.update({
      where: { id },
      data: {
        ...toData(data),
        ...(ids
          ? {
              participatingOrganisations: {
                deleteMany: {},
                create: ids.map((organisationId) => ({ organisationId })),
              },
            }
          : {}),
      },
      select: EDITABLE_SELECT,
    });
    const programme = toProgramme(row);
    await recordAudit(tx, {
      actor,
      entity: "Programme",
      entityId: id,
      programmeId: id,
      action: "UPDATE",
      before: auditJson(toProgramme(beforeRow)),
      after: auditJson(programme),
    });
    return programme;
  });
}
