// The printable sign-in sheet read back with poppler's pdftotext (an independent PDF reader): names,
// organisations in sheet order, the date in Jakarta time, page numbers in both languages, and who may print it.
import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/meetings/[id]/sign-in-sheet.pdf/route";
import { db } from "@/lib/db";
import { createMeeting, createOrganisation, invite, programmeWithSecretariat } from "../factories";
import { callRoute } from "../support/call-route";

const { programmeId, secretariat, coordinator, outsider } = await programmeWithSecretariat(
  "Joint SDG Fund — Social Protection",
);
let meetingId: string;

const get = (token: string, id: string, lang?: string) =>
  callRoute(GET, `/api/v1/meetings/${id}/sign-in-sheet.pdf${lang ? `?lang=${lang}` : ""}`, {
    token,
    params: { id },
  });
const text = async (res: Response) =>
  execFileSync("/usr/bin/pdftotext", ["-layout", "-", "-"], {
    input: Buffer.from(await res.arrayBuffer()),
  }).toString("utf8");

beforeAll(async () => {
  // 23:30 UTC on the 11th is 06:30 on Thursday the 12th in Jakarta.
  const meeting = await createMeeting(programmeId, { startsAt: new Date("2026-03-11T23:30:00Z") });
  await db().meeting.update({
    where: { id: meeting.id },
    data: { title: "Annual review", venueRoom: "Ruang Rapat 3", venueBuilding: "Bappenas" },
  });
  meetingId = meeting.id;
  const zeta = await createOrganisation("GOVERNMENT_MINISTRY", `Zeta Ministry ${Date.now()}`);
  const alpha = await createOrganisation("UN_ENTITY", `Alpha Agency ${Date.now()}`);
  const add = async (name: string, organisationId: string, position: string) => {
    const person = await db().person.create({ data: { name, organisationId, position } });
    await invite(meetingId, person.id);
  };
  await add("Budi Santoso", zeta.id, "Director");
  await add("Ani Wijaya", zeta.id, "Deputy Director");
  await add("Carla Mendes", alpha.id, "Programme Officer");
  // Enough people for the table to run over several pages.
  for (let i = 10; i < 70; i += 1) await add(`Peserta ${i}`, zeta.id, "Staf");
});

describe("the printable sign-in sheet", () => {
  it("lists invitees by organisation then name, numbered, with the meeting in Jakarta time", async () => {
    const res = await get(secretariat, meetingId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain("sign-in-sheet-");
    const sheet = await text(res);
    expect(sheet).toContain("Joint SDG Fund");
    expect(sheet).toMatch(/\d+(st|nd|rd|th) PSC — Annual review/);
    expect(sheet).toContain("Thursday, 12 March 2026");
    expect(sheet).toContain("06:30–09:30");
    expect(sheet).toContain("Ruang Rapat 3, Bappenas");
    // Alpha Agency sorts before Zeta Ministry; within Zeta, Ani before Budi.
    expect(sheet).toMatch(/^\s*1\s+Carla Mendes\s+Programme Officer\s+Alpha Agency/m);
    expect(sheet).toMatch(/^\s*2\s+Ani Wijaya\s+Deputy Director\s+Zeta Ministry/m);
    expect(sheet).toMatch(/^\s*3\s+Budi Santoso\s+Director\s+Zeta Ministry/m);
    // 63 invitees, then the blank rows for walk-ins carry on the numbering.
    expect(sheet).toMatch(/^\s*63\s+Peserta 69/m);
    expect(sheet).toMatch(/^\s*64\s*$/m);
  });

  it("numbers every page 'Page n of N' and repeats the table header on each", async () => {
    const pages = (await text(await get(secretariat, meetingId, "en"))).split("\f").filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toMatch(/No\.\s+Name\s+Position\s+Organisation\s+Signature/);
    });
  });

  it("speaks Bahasa Indonesia with lang=id", async () => {
    const sheet = await text(await get(secretariat, meetingId, "id"));
    const count = sheet.split("\f").filter((p) => p.trim()).length;
    expect(sheet).toContain(`Halaman 1 dari ${count}`);
    expect(sheet).toContain("Kamis, 12 Maret 2026");
    expect(sheet).toMatch(/PSC ke-\d+ — Annual review/);
    expect(sheet).toMatch(/Nama\s+Jabatan\s+Instansi\s+Tanda tangan/);
  });

  it("refuses a language it does not speak with 400", async () => {
    expect((await get(secretariat, meetingId, "fr")).status).toBe(400);
  });

  it("is not found for a coordinator or another programme's secretariat", async () => {
    expect((await get(coordinator, meetingId)).status).toBe(404);
    expect((await get(outsider, meetingId)).status).toBe(404);
  });
});
