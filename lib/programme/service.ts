// Programmes: the only place that reads and writes them.
import "server-only";
import { db } from "@/lib/db";
import { programmesWith, type TAccess } from "@/lib/auth/permissions";
import { paged } from "@/lib/pagination/schema";

const PAGE_SIZE = 20;

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
