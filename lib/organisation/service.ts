// Organisations of the directory: the only place that reads and writes them.
import "server-only";
import { db } from "@/lib/db";
import { paged } from "@/lib/pagination/schema";

const PAGE_SIZE = 30;

export async function listOrganisations(page: number) {
  const [total, rows] = await Promise.all([
    db().organisation.count(),
    db().organisation.findMany({
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        acronym: true,
        kind: true,
        parent: { select: { acronym: true, name: true } },
        _count: { select: { people: true } },
      },
    }),
  ]);
  return paged(rows, page, PAGE_SIZE, total);
}
