// Action items: the only place that reads and writes them.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { programmesWith, type TAccess } from "@/lib/auth/permissions";
import { paged } from "@/lib/pagination/schema";

const PAGE_SIZE = 25;

/** Which action items a user may see: whole programmes, or those owned by their organisation. */
export async function actionItemAccessWhere(access: TAccess): Promise<Prisma.ActionItemWhereInput> {
  const readAll = programmesWith(access, "action:read");
  if (readAll === "all") return {};
  const readOwn = programmesWith(access, "action:read-own");
  const or: Prisma.ActionItemWhereInput[] = [];
  if (readAll.length > 0) or.push({ programmeId: { in: readAll } });
  if (access.personId && (readOwn === "all" || readOwn.length > 0)) {
    const person = await db().person.findUnique({
      where: { id: access.personId },
      select: { organisationId: true },
    });
    const owners: Prisma.ActionItemWhereInput[] = [{ ownerPersonId: access.personId }];
    if (person?.organisationId) owners.push({ ownerOrganisationId: person.organisationId });
    or.push({ ...(readOwn === "all" ? {} : { programmeId: { in: readOwn } }), OR: owners });
  }
  return or.length > 0 ? { OR: or } : { id: { in: [] } };
}

/** Action items the user may see: open ones first, by due date. */
export async function listActionItems(access: TAccess, page: number) {
  const where = await actionItemAccessWhere(access);
  const [total, rows] = await Promise.all([
    db().actionItem.count({ where }),
    db().actionItem.findMany({
      where,
      orderBy: [{ status: "asc" }, { dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        title: true,
        status: true,
        dueDate: true,
        ownerOrganisation: { select: { acronym: true, name: true } },
        ownerPerson: { select: { name: true } },
        meeting: { select: { id: true, kind: true, sequenceNumber: true, title: true } },
      },
    }),
  ]);
  return paged(rows, page, PAGE_SIZE, total);
}
