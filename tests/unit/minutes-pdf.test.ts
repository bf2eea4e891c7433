// The PDF minutes read back by an independent tool (poppler's pdftotext), as a reader would see
// them: every name, remark, decision and action, in English and in Bahasa Indonesia.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderMinutesPdf } from "@/lib/minutes/pdf";
import { orgLabel, type TMeetingRecord } from "@/lib/minutes/record-schema";
import { buildMeetingRecord } from "@/tests/fixtures/meeting-record";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "minutes-pdf-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function poppler(tool: "pdftotext" | "pdfinfo", pdf: Buffer, args: string[] = []): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, pdf);
  return execFileSync(tool, [...args, file, ...(tool === "pdftotext" ? ["-"] : [])], { encoding: "utf8" });
}

/** One line of text: pdftotext wraps long lines and may break after a hyphen. */
const squash = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").replace(/- /g, "-");

async function pdfText(record: TMeetingRecord, locale: "en" | "id") {
  const raw = poppler("pdftotext", await renderMinutesPdf(record, locale), ["-enc", "UTF-8"]);
  // pdftotext ends every page with a form feed.
  return { text: squash(raw), pages: raw.split("\f").slice(0, -1).map(squash) };
}

function sparseRecord(): TMeetingRecord {
  const record = structuredClone(buildMeetingRecord({ attendees: 8, remarks: 4, decisions: 1, actions: 2 }));
  Object.assign(record.meeting, { venueBuilding: null, venueRoom: null, venueAddress: null, purpose: null });
  record.attendance.participants.forEach((p) => (p.position = null));
  record.coChairs.forEach((c) => (c.position = null));
  record.remarks.forEach((r) => ((r.quote = null), (r.speaker.position = null)));
  record.agenda.forEach((a) => (a.presenter = null));
  record.actionItems.forEach((a) => ((a.dueDate = null), (a.ownerPerson = null)));
  record.nextMeeting = null;
  record.minutes = null;
  return record;
}

describe("renderMinutesPdf", () => {
  const record = buildMeetingRecord({ attendees: 14, remarks: 8, decisions: 3, actions: 4 });

  it("prints every participant, remark, decision and action item in English", async () => {
    const { text } = await pdfText(record, "en");
    expect(text).toContain("Minutes of the meeting");
    expect(text).toContain("3rd PSC — Annual review");
    expect(text).toContain("Date: Thursday, 10 December 2026");
    expect(text).toContain("Time: 09:00–12:30 WIB");
    expect(text).toContain("Venue: Room Saleh Afiff, Bappenas Building, Jl. Taman Suropati 2, Jakarta");
    const { stats } = record.attendance;
    expect(text).toContain(
      `${stats.participants} participants attended from ${stats.organisations} organisations, including ${stats.ministries} government ministries.`,
    );
    for (const p of record.attendance.participants) expect(text).toContain(squash(p.name));
    for (const r of record.remarks) {
      expect(text).toContain(squash(r.summary));
      if (r.quote) expect(text).toContain(`“${squash(r.quote)}”`);
    }
    for (const d of record.decisions) expect(text).toContain(`Decision ${d.number}. ${squash(d.text)}`);
    for (const a of record.actionItems) {
      expect(text).toContain(squash(a.title));
      expect(text).toContain(squash(orgLabel(a.ownerOrganisation) ?? ""));
      if (a.ownerPerson) expect(text).toContain(squash(a.ownerPerson));
    }
    expect(text).toContain("15 January 2027");
    expect(text).toContain("15 April 2027");
    expect(text).toContain("Next meeting 4th PSC — Mid-year review");
  });

  it("speaks Bahasa Indonesia in the Indonesian version", async () => {
    const { text } = await pdfText(record, "id");
    for (const heading of [
      "Notulen Rapat",
      "Ketua Bersama",
      "Kehadiran",
      "Jalannya Rapat",
      "Tindak Lanjut",
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("Lampiran: Daftar Hadir");
    expect(text).toContain("Rapat Berikutnya PSC ke-4 — Mid-year review");
    expect(text).toContain("PSC ke-3 — Annual review");
    expect(text).toContain("Hari/tanggal: Kamis, 10 Desember 2026");
    expect(text).toContain("Waktu: 09.00–12.30 WIB");
    expect(text).toContain(`Rapat dihadiri oleh ${record.attendance.stats.participants} peserta`);
    expect(text).toContain(`termasuk ${record.attendance.stats.ministries} kementerian`);
    expect(text).toContain("Keputusan 2. “The committee endorsed item 2 of the work plan”");
    expect(text).toContain("Halaman 1 dari");
    expect(text).not.toMatch(/\b(Page|Decision|Action items|Attendance)\b/);
  });

  it("leaves out facts that were not recorded, without empty labels", async () => {
    const { text } = await pdfText(sparseRecord(), "en");
    expect(text).not.toMatch(/null|undefined|N\/A/);
    expect(text).not.toMatch(/Venue|Purpose|presented by|Next meeting/);
    expect(text).not.toMatch(/\(\s*\)|,\s*,|:\s*$/);
    expect(text).toContain("Draft minutes, not yet adopted.");
    expect(text).not.toContain("Version");
  });

  it("says so when nothing was decided or assigned", async () => {
    const record = structuredClone(
      buildMeetingRecord({ attendees: 4, remarks: 0, decisions: 0, actions: 0 }),
    );
    const { text } = await pdfText(record, "id");
    expect(text).toContain("Tidak ada keputusan yang dicatat.");
    expect(text).toContain("Tidak ada tindak lanjut yang dicatat.");
  });

  it("keeps names with diacritics intact", async () => {
    const names = ["Nguyễn Thị Ánh", "Çağrı Öztürk", "Zoë Løvås-Żółć"];
    const withNames = structuredClone(record);
    names.forEach((name, i) => (withNames.attendance.participants[i].name = name));
    withNames.remarks[1].speaker.name = names[1];
    const { text } = await pdfText(withNames, "en");
    for (const name of names) expect(text).toContain(name);
    expect(text).toContain(`${names[1]}, Director 2, Ministry of Health (Kemenkes)`);
  });

  it("numbers the pages of a long meeting and repeats table headers", async () => {
    const big = buildMeetingRecord({ attendees: 60, remarks: 40, decisions: 8, actions: 12 });
    const { text, pages } = await pdfText(big, "en");
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
    for (const p of big.attendance.participants) expect(text).toContain(p.name);
    for (const r of big.remarks) expect(text).toContain(squash(r.summary));
    const annexStart = pages.findIndex((page) => page.includes("Annex: List of participants"));
    expect(annexStart).toBeGreaterThan(0);
    expect(pages.length - annexStart).toBeGreaterThanOrEqual(2);
    // pdftotext reads an empty column last, so the header is checked word by word.
    for (const page of pages.slice(annexStart)) {
      expect(page).toMatch(/No\. Name\b/);
      expect(page).toMatch(/\bPosition\b[^]*\bNote\b/);
      // A page continuing a table opens with its header row, never with a bare row ("8. …").
      expect(page.trimStart()).not.toMatch(/^\d+\./);
    }
  });

  it("splits a table row taller than a page instead of cutting it off", async () => {
    const long = structuredClone(record);
    const words = Array.from({ length: 900 }, (_, i) => `word${i + 1}`);
    long.actionItems[0].description = words.join(" ");
    const { text, pages } = await pdfText(long, "en");
    expect(text).toContain(words.slice(0, 40).join(" "));
    for (const word of [words[0], words[450], words[899]]) expect(text).toMatch(new RegExp(`\\b${word}\\b`));
    const pagesWithWords = pages.filter((page) => /\bword\d+\b/.test(page));
    expect(pagesWithWords.length).toBeGreaterThanOrEqual(2);
    for (const page of pagesWithWords) expect(page).toContain("No. Action Owner Due date Status");
  });

  it("makes the online link clickable only when it is a web link, and prints any other as text", async () => {
    const web = structuredClone(record);
    web.meeting.onlineUrl = "https://zoom.us/j/123";
    expect((await renderMinutesPdf(web, "en")).toString("latin1")).toContain("/URI (https://zoom.us/j/123)");
    for (const onlineUrl of ["javascript:alert(1)", "msteams:/l/meetup-join/x"]) {
      const other = structuredClone(record);
      other.meeting.onlineUrl = onlineUrl;
      expect((await renderMinutesPdf(other, "en")).toString("latin1")).not.toContain("/URI");
      expect((await pdfText(other, "en")).text).toContain(`Online: ${onlineUrl}`);
    }
  });

  it("sets the title and language of the document", async () => {
    const pdf = await renderMinutesPdf(record, "id");
    expect(poppler("pdfinfo", pdf, ["-enc", "UTF-8"])).toMatch(/Title:\s+Notulen PSC ke-3 — Annual review/);
    expect(pdf.toString("latin1")).toContain("/Lang (id-ID)");
  });
});
