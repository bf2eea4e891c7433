// The filtered follow-up register as a download (GET /api/v1/action-items?format=csv|xlsx, the
// "Export" links of /actions): every row of the filter — all pages, in the chosen order, never more
// than the read rule lets the user see — with the latest progress update of each, worded in the
// reader's language. A filter finding more than EXPORT_ROW_LIMIT items is refused, not cut short:
// a register that silently lacks rows would be read as complete.
import "server-only";
import type { TLocale } from "@/i18n/locales";
import type { TDownload } from "@/lib/api/download";
import type { TAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translate";
import { meetingName } from "@/lib/meeting/facts";
import {
  registerCsv,
  registerXlsx,
  EXPORT_COLUMNS,
  type TExportHeaders,
  type TExportRow,
} from "../export-file";
import { actionReference } from "../reference";
import { EXPORT_ROW_LIMIT, type TActionRegisterQuery } from "../register-schema";
import { isOverdue } from "../status";
import { registerSelection } from "./register";

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Every row of the register's filter as the export writes it, in the reader's language. */
export async function registerExportRows(
  access: TAccess,
  query: TActionRegisterQuery,
  locale: TLocale,
  today: Date = new Date(),
): Promise<TExportRow[]> {
  const { where, orderBy } = await registerSelection(access, query, today);
  const total = await db().actionItem.count({ where });
  if (total > EXPORT_ROW_LIMIT) {
    throw AppError.badRequest("actionExport.errors.tooMany", { total, max: EXPORT_ROW_LIMIT });
  }
  const items = await db().actionItem.findMany({
    where,
    orderBy,
    take: EXPORT_ROW_LIMIT,
    select: {
      id: true,
      number: true,
      title: true,
      description: true,
      status: true,
      dueDate: true,
      ownerOrganisation: { select: { name: true, acronym: true } },
      ownerPerson: { select: { name: true } },
      meeting: { select: { kind: true, sequenceNumber: true, startsAt: true } },
      programme: { select: { title: true } },
    },
  });
  // The latest update of each item: one query (DISTINCT ON uses the (actionItemId, date) index).
  const ids = items.map((i) => i.id);
  const updates = ids.length
    ? await db().$queryRaw<{ actionItemId: string; date: Date; body: string }[]>`
        SELECT DISTINCT ON ("actionItemId") "actionItemId", "date", "body"
          FROM "ActionItemUpdate" WHERE "actionItemId" = ANY(${ids}::text[])
         ORDER BY "actionItemId", "date" DESC, "createdAt" DESC`
    : [];
  const latest = new Map(updates.map((u) => [u.actionItemId, u]));
  const t = translator(locale);
  return items.map((a) => {
    const update = latest.get(a.id);
    const organisation = a.ownerOrganisation;
    return {
      reference: actionReference(a.meeting, a.number),
      title: a.title,
      description: a.description,
      ownerOrganisation: organisation
        ? organisation.acronym
          ? `${organisation.name} (${organisation.acronym})`
          : organisation.name
        : null,
      ownerPerson: a.ownerPerson?.name ?? null,
      dueDate: a.dueDate ? day(a.dueDate) : null,
      status: t(`actionRegister.status.${a.status}`),
      overdue: isOverdue(a, today) ? t("actionExport.yes") : "",
      lastUpdate: update ? day(update.date) : null,
      latestProgress: update?.body ?? null,
      meeting: meetingName(a.meeting.kind, a.meeting.sequenceNumber, locale),
      meetingDate: day(a.meeting.startsAt),
      programme: a.programme.title,
    };
  });
}

/** The export's column headers in the reader's language. */
export function exportHeaders(locale: TLocale): TExportHeaders {
  const t = translator(locale);
  return Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, t(`actionExport.columns.${c}`)])) as TExportHeaders;
}

/** The filtered register as a CSV or XLSX download named after the day it was made. */
export async function exportActionRegister(
  access: TAccess,
  query: TActionRegisterQuery,
  format: "csv" | "xlsx",
  locale: TLocale,
  now: Date = new Date(),
): Promise<TDownload> {
  const rows = await registerExportRows(access, query, locale, now);
  const t = translator(locale);
  const filename = `${t("actionExport.fileName")}-${day(now)}.${format}`;
  const headers = exportHeaders(locale);
  if (format === "csv") {
    return { body: registerCsv(rows, headers), type: "text/csv; charset=utf-8", filename, language: locale };
  }
  return {
    body: await registerXlsx(rows, headers, t("actionExport.sheetName"), now),
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    filename,
    language: locale,
  };
}
