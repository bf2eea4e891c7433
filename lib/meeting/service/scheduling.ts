// Which programmes the user may schedule meetings in (the programme picker of the schedule form).
import "server-only";
import { db } from "@/lib/db";
import { programmesWith, type TAccess } from "@/lib/auth/permissions";

export async function programmesForScheduling(access: TAccess): Promise<{ id: string; title: string }[]> {
  const ids = programmesWith(access, "meeting:manage");
  if (ids !== "all" && ids.length === 0) return [];
  return db().programme.findMany({
    where: ids === "all" ? {} : { id: { in: ids } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true, title: true },
  });
}
