// What no stored row may hold, checked over every table after the fuzz run: the columns come from
// information_schema, so a table added later is checked too. Text: no C0 control character but
// tab, line feed and carriage return (longer texts keep their lines, lib/schema/text.ts), no DEL or C1,
// no U+FFFD (the mark of broken Unicode, lib/validation.ts refuses what would become one), and in
// JSON no escaped control character or half a surrogate pair. Dates: within 1900–2200
// (lib/schema/fields.ts DATE_YEARS). Online links: normalised http(s), Teams or Zoom links only
// (lib/meeting/online-url.ts). PostgreSQL cannot store NUL or a lone surrogate in text at all.
import { db } from "@/lib/db";
import { normaliseOnlineUrl } from "@/lib/meeting/online-url";

type TColumn = { table: string; column: string; dataType: string; udt: string };

export type TViolation = { column: string; rule: string; rows: number; example: string | null };

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A control character a text may not hold: C0 without tab, line feed and carriage return; DEL; C1. */
const CONTROL = "[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]";
/** The same as JSON escapes (jsonb writes control characters as \u00XX), after an unescaped backslash. */
const JSON_CONTROL_ESCAPE = String.raw`(^|[^\\])(\\\\)*\\u00(0[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF])`;
const JSON_SURROGATE_ESCAPE = String.raw`(^|[^\\])(\\\\)*\\u[dD][89a-fA-F]`;

// Timestamps are stored in UTC: a meeting on 1 January 1900 at 00:00 in Jakarta is 31 December 1899
// in UTC, and an RSVP link lives a day past the end of a meeting on 31 December 2200.
const DATE_RANGE = { from: "1900-01-01", until: "2201-01-01" };
const TIMESTAMP_RANGE = { from: "1899-12-31 00:00", until: "2201-01-03 00:00" };

async function columnsOf(): Promise<TColumn[]> {
  return db().$queryRaw<TColumn[]>`
    SELECT table_name AS "table", column_name AS "column", data_type AS "dataType", udt_name AS "udt"
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name NOT LIKE '\_prisma%'
    ORDER BY table_name, ordinal_position`;
}

/** One SELECT per column and rule: rows breaking it, and one of them (cut short) to show. */
function checksOf({ table, column, dataType, udt }: TColumn): string[] {
  const col = `${ident(table)}.${ident(column)}`;
  const check = (rule: string, text: string, where: string) =>
    `SELECT '${table}.${column}' AS "column", '${rule}' AS rule, count(*)::int AS rows, min(left(${text}, 120)) AS example FROM ${ident(table)} WHERE ${where}`;
  if (dataType === "text" || dataType === "character varying" || dataType === "character") {
    const rules = [
      check("control character", col, `${col} ~ $1`),
      check("U+FFFD", col, `strpos(${col}, $2) > 0`),
    ];
    if (column === "onlineUrl") {
      rules.push(check("online link scheme", col, `${col} !~ '^(https?|msteams|zoommtg|zoomus):'`));
    }
    return rules;
  }
  if (dataType === "ARRAY" && (udt === "_text" || udt === "_varchar")) {
    const text = `array_to_string(${col}, ' ')`;
    return [
      check("control character", text, `${text} ~ $1`),
      check("U+FFFD", text, `strpos(${text}, $2) > 0`),
    ];
  }
  if (dataType === "json" || dataType === "jsonb") {
    const text = `${col}::text`;
    return [
      check("control character (JSON)", text, `${text} ~ $1 OR ${text} ~ $3`),
      check("U+FFFD (JSON)", text, `strpos(${text}, $2) > 0 OR ${text} ILIKE '%\\ufffd%'`),
      check("half a surrogate pair (JSON)", text, `${text} ~ $4`),
    ];
  }
  if (dataType === "date") {
    return [
      check(
        "date out of range",
        `${col}::text`,
        `${col} < '${DATE_RANGE.from}' OR ${col} >= '${DATE_RANGE.until}'`,
      ),
    ];
  }
  if (dataType.startsWith("timestamp")) {
    return [
      check(
        "date out of range",
        `${col}::text`,
        `${col} < '${TIMESTAMP_RANGE.from}' OR ${col} >= '${TIMESTAMP_RANGE.until}'`,
      ),
    ];
  }
  return [];
}

/** Every broken rule, by column: empty when the data is clean. */
export async function invalidRows(): Promise<{ violations: TViolation[]; columnsChecked: number }> {
  const columns = await columnsOf();
  const checks = columns.flatMap(checksOf);
  const sql = `SELECT * FROM (${checks.join("\nUNION ALL\n")}) AS checks WHERE rows > 0`;
  const violations = await db().$queryRawUnsafe<TViolation[]>(
    sql,
    CONTROL,
    "\ufffd",
    JSON_CONTROL_ESCAPE,
    JSON_SURROGATE_ESCAPE,
  );

  // An online link must also be stored as the app writes it: normalising it again changes nothing.
  const links = await db().meeting.findMany({
    where: { onlineUrl: { not: null } },
    select: { onlineUrl: true },
  });
  const unnormalised = links
    .map((m) => m.onlineUrl!)
    .filter((url) => {
      const again = normaliseOnlineUrl(url);
      return !again.ok || again.url !== url;
    });
  if (unnormalised.length > 0) {
    violations.push({
      column: "Meeting.onlineUrl",
      rule: "not normalised",
      rows: unnormalised.length,
      example: unnormalised[0],
    });
  }
  return { violations, columnsChecked: columns.length };
}

/**
 * What the rules allow but a reader may want to know: one-line columns (names, titles) holding a
 * line break or tab — the API refuses those, the meeting bundle's import does not check it.
 */
export async function allowedOddities(): Promise<string[]> {
  const columns = (await columnsOf()).filter(
    (c) => c.dataType === "text" || c.dataType === "character varying",
  );
  const oneLine = new Set(["name", "title", "acronym", "country", "capacity", "venueBuilding", "venueRoom"]);
  const checks = columns.flatMap(({ table, column }) => {
    const col = `${ident(table)}.${ident(column)}`;
    const count = (what: string, where: string) =>
      `SELECT '${table}.${column}: ${what}' AS what, count(*)::int AS rows FROM ${ident(table)} WHERE ${where}`;
    return [
      ...(oneLine.has(column) ? [count("line break or tab in a one-line text", `${col} ~ '[\n\r\t]'`)] : []),
    ];
  });
  const rows = await db().$queryRawUnsafe<{ what: string; rows: number }[]>(
    `SELECT * FROM (${checks.join("\nUNION ALL\n")}) AS checks WHERE rows > 0`,
  );
  return rows.map((r) => `${r.what} in ${r.rows} rows`);
}

/** How many rows of the tables the fuzz families write to: that the run stored something at all. */
export async function rowCounts(): Promise<Record<string, number>> {
  const d = db();
  const [
    meetings,
    agendaItems,
    remarks,
    decisions,
    actionItems,
    invitations,
    organisations,
    people,
    programmes,
    links,
    audit,
    outbox,
  ] = await Promise.all([
    d.meeting.count(),
    d.agendaItem.count(),
    d.remark.count(),
    d.decision.count(),
    d.actionItem.count(),
    d.invitation.count(),
    d.organisation.count(),
    d.person.count(),
    d.programme.count(),
    d.link.count(),
    d.auditEvent.count(),
    d.outboxMail.count(),
  ]);
  return {
    meetings,
    agendaItems,
    remarks,
    decisions,
    actionItems,
    invitations,
    organisations,
    people,
    programmes,
    links,
    audit,
    outbox,
  };
}
