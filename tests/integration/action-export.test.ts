// The register's export (GET /api/v1/action-items?format=csv|xlsx) through the real route: every row
// of the filter (all pages, in the register's order), never more than the read rule lets the caller
// see, headers in the caller's language, text that survives a round trip (commas, quotes, line
// breaks, Bahasa Indonesia), and no cell a spreadsheet would run as a formula. The CSV is read back
// with the small RFC 4180 parser below, the XLSX with exceljs and, when it is installed, LibreOffice.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as registerRoute } from "@/app/api/v1/action-items/route";
import { ZActionRegisterQuery } from "@/lib/action-item/register-schema";
import { actionRegister } from "@/lib/action-item/service/register";
import type { TAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { getUserWithAccess } from "@/lib/user/service";
import {
  createMeeting,
  createOrganisation,
  createPerson,
  createProgramme,
  createUser,
  tokenFor,
} from "../factories";
import { callRoute } from "../support/call-route";

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i += 1;
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 1;
    } else if (c === "\n" || c === "\r") throw new Error(`a bare line break at ${i}`);
    else field += c;
    i += 1;
  }
  if (quoted) throw new Error("an unterminated quoted field");
  if (field !== "" || record.length > 0) throw new Error("the last record has no CRLF");
  return records;
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const TRICKY = 'Kirim laporan "final", lalu: rapat\r\nberikutnya — ✓';
const FORMULAS = ['=HYPERLINK("http://evil.test","klik")', "+62 21 555", "-1+1", "@SUM(A1)"];

let coordinatorToken: string;
let memberToken: string;
let coordinator: TAccess;
let member: TAccess;
let programmeId: string;
let ministryId: string;
const refsOf: Record<string, string> = {};

function exportRequest(token: string, query: Record<string, string>, language = "en") {
  const search = new URLSearchParams(query).toString();
  return callRoute(registerRoute, `/api/v1/action-items?${search}`, {
    token,
    headers: { "accept-language": language },
  });
}

async function csvOf(token: string, query: Record<string, string>, language = "en") {
  const res = await exportRequest(token, { ...query, format: "csv" }, language);
  expect(res.status, await res.clone().text()).toBe(200);
  const bytes = Buffer.from(await res.arrayBuffer());
  return { res, bytes, rows: parseCsv(bytes.toString("utf8").replace(/^\uFEFF/, "")) };
}

/** The register's own answer for the same filter, all pages: the references in its order. */
async function registerRefs(access: TAccess, query: Record<string, string>) {
  const page = await actionRegister(access, ZActionRegisterQuery.parse({ ...query, pageSize: "100" }));
  return page.data.map((r) => r.reference);
}

beforeAll(async () => {
  programmeId = (await createProgramme("Program Perlindungan Sosial, Tahap II")).id;
  const otherProgramme = (await createProgramme()).id;
  ministryId = (await createOrganisation("GOVERNMENT_MINISTRY", `Kementerian Sosial ${Math.random()}`)).id;
  const otherMinistry = (await createOrganisation()).id;
  const meeting = await createMeeting(programmeId, { startsAt: new Date("2026-03-02T02:00:00Z") });
  const elsewhere = await createMeeting(otherProgramme);
  let number = 0;
  const item = async (
    name: string,
    title: string,
    owner: string,
    status: ActionStatus,
    due: string | null,
    m: { id: string; programmeId: string } = meeting,
  ) => {
    number += 1;
    const row = await db().actionItem.create({
      data: {
        meetingId: m.id,
        programmeId: m.programmeId,
        number,
        title,
        description: name === "tricky" ? TRICKY : null,
        ownerOrganisationId: owner,
        status,
        dueDate: due ? new Date(`${due}T00:00:00Z`) : null,
      },
    });
    refsOf[name] =
      `PSC${m.id === meeting.id ? meeting.sequenceNumber : elsewhere.sequenceNumber}/A/${String(number).padStart(2, "0")}`;
    return row;
  };
  const tricky = await item("tricky", `Laporan ${TRICKY}`, ministryId, "OPEN", "2020-01-10");
  await db().actionItemUpdate.createMany({
    data: [
      { actionItemId: tricky.id, date: new Date("2020-02-01"), body: "Draf pertama" },
      { actionItemId: tricky.id, date: new Date("2020-03-01"), body: "Draf kedua dikirim" },
    ],
  });
  for (const [i, formula] of FORMULAS.entries()) {
    await item(`formula${i}`, formula, ministryId, "IN_PROGRESS", `2099-01-0${i + 1}`);
  }
  await item("done", "Selesai", ministryId, "DONE", "2020-01-01");
  await item("other", "Milik kementerian lain", otherMinistry, "OPEN", "2020-01-05");
  await item("hidden", "Program lain", ministryId, "OPEN", "2020-01-05", elsewhere);

  const coordinatorUser = await createUser({ role: "COORDINATOR", programmeId });
  coordinator = (await getUserWithAccess(coordinatorUser.id))!.access;
  coordinatorToken = await tokenFor(coordinatorUser);
  // A member of the ministry, invited to no meeting: only the ministry's items of the programme.
  const memberUser = await createUser({
    role: "MEMBER",
    programmeId,
    personId: (await createPerson(ministryId)).id,
  });
  member = (await getUserWithAccess(memberUser.id))!.access;
  memberToken = await tokenFor(memberUser);
});

describe("the CSV export", () => {
  it("is UTF-8 with a BOM, an attachment, headers in the caller's language, one line per item of the filter in the register's order", async () => {
    const { res, bytes, rows } = await csvOf(coordinatorToken, { sort: "due", order: "desc" });
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="action-items-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows[0].slice(0, 3)).toEqual(["Reference", "Action item", "Description"]);
    const refs = rows.slice(1).map((r) => r[0]);
    expect(refs).toEqual(await registerRefs(coordinator, { sort: "due", order: "desc" }));
    expect(refs).toHaveLength(7);
    expect(refs).not.toContain(refsOf.hidden);
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);

    const id = await csvOf(coordinatorToken, {}, "id-ID,id;q=0.9");
    expect(id.rows[0].slice(0, 3)).toEqual(["Nomor referensi", "Butir tindak lanjut", "Uraian"]);
    expect(id.res.headers.get("content-disposition")).toContain('filename="tindak-lanjut-');
  });

  it("round-trips commas, quotes, line breaks and non-ASCII text; has the latest progress update and the overdue flag", async () => {
    const { rows } = await csvOf(coordinatorToken, {}, "id");
    const header = rows[0];
    const row = rows.find((r) => r[0] === refsOf.tricky)!;
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell("Butir tindak lanjut")).toBe(`Laporan ${TRICKY}`);
    expect(cell("Uraian")).toBe(TRICKY);
    expect(cell("Tenggat")).toBe("2020-01-10");
    expect(cell("Status")).toBe("Terbuka");
    expect(cell("Terlambat")).toBe("Ya");
    expect(cell("Perkembangan terakhir (tanggal)")).toBe("2020-03-01");
    expect(cell("Perkembangan terakhir")).toBe("Draf kedua dikirim");
    expect(cell("Program")).toBe("Program Perlindungan Sosial, Tahap II");
  });

  it("prefixes a cell a spreadsheet would run as a formula with an apostrophe", async () => {
    const { rows } = await csvOf(coordinatorToken, {});
    const titles = rows.slice(1).map((r) => r[1]);
    for (const formula of FORMULAS) expect(titles).toContain(`'${formula}`);
    expect(rows.flat().filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
  });

  it("applies the register's filters", async () => {
    const overdue = await csvOf(coordinatorToken, { overdue: "true", organisationId: ministryId });
    expect(overdue.rows.slice(1).map((r) => r[0])).toEqual([refsOf.tricky]);
    const done = await csvOf(coordinatorToken, { status: "DONE" });
    expect(done.rows.slice(1).map((r) => r[0])).toEqual([refsOf.done]);
    const none = await csvOf(coordinatorToken, { dueAfter: "2199-01-01" });
    expect(none.rows).toHaveLength(1);
  });

  it("gives a member only the rows the read rule lets them see", async () => {
    const { rows } = await csvOf(memberToken, {});
    const refs = rows.slice(1).map((r) => r[0]);
    expect(refs).toEqual(await registerRefs(member, {}));
    expect(refs).toHaveLength(6);
    expect(refs).not.toContain(refsOf.other);
    expect(refs).not.toContain(refsOf.hidden);
  });

  it("refuses an unknown format, and asks for credentials", async () => {
    expect((await exportRequest(coordinatorToken, { format: "pdf" })).status).toBe(400);
    const anonymous = await callRoute(registerRoute, "/api/v1/action-items?format=csv");
    expect(anonymous.status).toBe(401);
  });
});

describe("the XLSX export", () => {
  async function workbookOf(token: string, query: Record<string, string>, language = "en") {
    const res = await exportRequest(token, { ...query, format: "xlsx" }, language);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get("content-type")).toBe(XLSX);
    const bytes = Buffer.from(await res.arrayBuffer());
    const { default: ExcelJS } = await import("exceljs");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return { bytes, sheet: workbook.worksheets[0], ExcelJS };
  }

  it("reads back with exceljs: headers, every row of the filter, dates as dates, formulas as text", async () => {
    const { sheet, ExcelJS } = await workbookOf(coordinatorToken, {}, "id");
    expect(sheet.name).toBe("Tindak lanjut");
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 2)).toEqual(["Nomor referensi", "Butir tindak lanjut"]);
    const refs: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) refs.push(String(row.getCell(1).value));
    });
    expect(refs).toEqual(await registerRefs(coordinator, {}));
    const trickyRow = sheet.getRow(refs.indexOf(refsOf.tricky) + 2);
    // A line break in a cell is LF in a workbook, as Excel writes it.
    expect(trickyRow.getCell(3).value).toBe(TRICKY.replace("\r\n", "\n"));
    const due = trickyRow.getCell(header.indexOf("Tenggat") + 1);
    expect(due.type).toBe(ExcelJS.ValueType.Date);
    expect((due.value as Date).toISOString()).toBe("2020-01-10T00:00:00.000Z");
    for (const formula of FORMULAS) {
      const cell = sheet.getRow(refs.indexOf(refsOf[`formula${FORMULAS.indexOf(formula)}`]) + 2).getCell(2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(formula);
    }
  });

  it("gives a member only their rows", async () => {
    const { sheet } = await workbookOf(memberToken, {});
    expect(sheet.rowCount - 1).toBe((await registerRefs(member, {})).length);
  });

  // LibreOffice is an independent reader of the file (.ci/run installs libreoffice-calc-nogui).
  const soffice = ["soffice", "libreoffice"].find(
    (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0,
  );
  it("opens in LibreOffice (converted to CSV, the same rows)", { timeout: 180_000 }, async () => {
    if (!soffice)
      throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
    const { bytes } = await workbookOf(coordinatorToken, {});
    const dir = mkdtempSync(path.join(tmpdir(), "action-export-"));
    writeFileSync(path.join(dir, "register.xlsx"), bytes);
    execFileSync(
      soffice!,
      [
        // A profile of its own: two conversions at once must not share one.
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "csv",
        "--outdir",
        dir,
        path.join(dir, "register.xlsx"),
      ],
      {
        timeout: 120_000,
      },
    );
    const csvFile = readdirSync(dir).find((f) => f.endsWith(".csv"))!;
    const text = readFileSync(path.join(dir, csvFile), "utf8");
    expect(text).toContain("Reference");
    for (const ref of await registerRefs(coordinator, {})) expect(text).toContain(ref);
  });
});
