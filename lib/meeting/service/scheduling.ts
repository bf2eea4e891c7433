// Which programmes the user may schedule meetings in (the programme picker of the schedule form).
import "server-only";
import { db } from "@/lib/db";
import { programmesWith, type TAccess } from "@/lib/auth/permissions";
import { toLocale, type TLocale } from "@/i18n/locales";

/** With each one's record language: the form labels the purpose and its other-language wording by it. */
export async function programmesForScheduling(
  access: TAccess,
): Promise<{ id: string; title: string; recordLanguage: TLocale }[]> {
  const ids = programmesWith(access, "meeting:manage");
  if (ids !== "all" && ids.length === 0) return [];
  const rows = await db().programme.findMany({
    where: ids === "all" ? {} : { id: { in: ids } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true, title: true, recordLanguage: true },
  });
  return rows.map((p) => ({ ...p, recordLanguage: toLocale(p.recordLanguage) }));
}
