// The Word minutes read back with mammoth (text, headings, table headers) and as the zip Word opens
// (footer page numbers, language, title): what a reader of the .docx would notice.
import JSZip from "jszip";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { renderMinutesDocx } from "@/lib/minutes/docx";
import { orgLabel, type TMeetingRecord } from "@/lib/minutes/record-schema";
import { buildMeetingRecord } from "@/tests/fixtures/meeting-record";

const squash = (text: string) => text.normalize("NFC").replace(/\s+/g, " ");

async function docxText(record: TMeetingRecord, locale: "en" | "id") {
  const buffer = await renderMinutesDocx(record, locale);
  return squash((await mammoth.extractRawText({ buffer })).value);
}

describe("renderMinutesDocx", () => {
  const record = buildMeetingRecord({ attendees: 14, remarks: 8, decisions: 3, actions: 4 });

  it("contains every participant, remark, decision and action item in English", async () => {
    const text = await docxText(record, "en");
    expect(text).toContain("Minutes of the meeting");
    expect(text).toContain("3rd PSC — Annual review");
    expect(text).toContain("Date: Thursday, 10 December 2026");
    expect(text).toContain("Time: 09:00–12:30 WIB");
    const { stats } = record.attendance;
    expect(text).toContain(
      `${stats.participants} participants attended from ${stats.organisations} organisations`,
    );
    expect(text).toContain(`including ${stats.ministries} government ministries`);
    for (const p of record.attendance.participants) expect(text).toContain(p.name);
    for (const r of record.remarks) {
      expect(text).toContain(r.summary);
      if (r.quote) expect(text).toContain(`“${r.quote}”`);
    }
    for (const d of record.decisions) expect(text).toContain(`Decision ${d.number}. ${d.text}`);
    // Every owner was named in full earlier (background, proceedings): by its acronym where it has one.
    for (const [i, a] of record.actionItems.entries()) {
      const org = a.ownerOrganisation?.acronym ?? a.ownerOrganisation?.name;
      const owner = [a.ownerPerson, org].filter(Boolean).join(" ");
      expect(text).toContain(`${i + 1}. ${a.title} ${owner} `);
      expect(text).toContain(orgLabel(a.ownerOrganisation)!);
    }
    expect(text).toContain("15 January 2027 Open");
    expect(text).toContain("Next meeting 4th PSC — Mid-year review");
  });

  it("has Indonesian wording, real headings and table header rows in the Indonesian version", async () => {
    const buffer = await renderMinutesDocx(record, "id");
    const { value: html } = await mammoth.convertToHtml({ buffer });
    for (const heading of ["Ketua Bersama", "Kehadiran", "Agenda Rapat", "Keputusan", "Tindak Lanjut"]) {
      expect(html).toContain(`<h1>${heading}</h1>`);
    }
    expect(html).toContain("<h1>Lampiran: Daftar Hadir</h1>");
    expect(html).toContain("<h2>3. Progress report 2026</h2>");
    expect(html).toMatch(/<thead><tr><th><p><strong>No\.<\/strong><\/p><\/th><th><p><strong>Tindak lanjut</);
    const text = squash((await mammoth.extractRawText({ buffer })).value);
    expect(text).toContain("Notulen Rapat");
    expect(text).toContain("Hari/tanggal: Kamis, 10 Desember 2026");
    expect(text).toContain("Waktu: 09.00–12.30 WIB");
    expect(text).toContain(`Rapat dihadiri oleh ${record.attendance.stats.participants} peserta`);
    expect(text).toContain("Keputusan 1. “The committee endorsed item 1 of the work plan”");
    expect(text).toContain("Terbuka");
    expect(text).not.toMatch(/\b(Decision|Action items|Attendance|Open)\b/);
  });

  it("numbers pages in the footer and sets language and title", async () => {
    const zip = await JSZip.loadAsync(await renderMinutesDocx(record, "id"));
    const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    const footer = (await Promise.all(footers.map((name) => zip.file(name)!.async("string")))).join("");
    expect(footer).toMatch(/Halaman [^]*>PAGE<[^]*dari [^]*>NUMPAGES</);
    expect(await zip.file("word/styles.xml")!.async("string")).toContain('<w:lang w:val="id-ID"/>');
    expect(await zip.file("docProps/core.xml")!.async("string")).toContain(
      "<dc:title>Notulen PSC ke-3 — Annual review</dc:title>",
    );
  });

  it("leaves out facts that were not recorded, and says when a list is empty", async () => {
    const sparse = structuredClone(
      buildMeetingRecord({ attendees: 6, remarks: 3, decisions: 0, actions: 0 }),
    );
    Object.assign(sparse.meeting, {
      venueBuilding: null,
      venueRoom: null,
      venueAddress: null,
      purpose: null,
    });
    sparse.attendance.participants.forEach((p) => (p.position = null));
    sparse.remarks.forEach((r) => ((r.quote = null), (r.speaker.position = null)));
    sparse.nextMeeting = null;
    const text = await docxText(sparse, "en");
    expect(text).not.toMatch(/null|undefined|N\/A|Venue|Purpose|Next meeting|“/);
    expect(text).not.toMatch(/\(\s*\)|,\s*,/);
    expect(text).toContain("No decisions were recorded.");
    expect(text).toContain("No action items were recorded.");
  });

  it("makes the online link clickable only when it is a web link, and prints any other as text", async () => {
    const links = async (onlineUrl: string) => {
      const withLink = structuredClone(record);
      withLink.meeting.onlineUrl = onlineUrl;
      const buffer = await renderMinutesDocx(withLink, "en");
      const zip = await JSZip.loadAsync(buffer);
      const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
      const targets = [...rels.matchAll(/Target="([^"]*)"\s+TargetMode="External"/g)].map((m) => m[1]);
      return { targets, text: squash((await mammoth.extractRawText({ buffer })).value) };
    };
    expect((await links("https://zoom.us/j/123")).targets).toEqual(["https://zoom.us/j/123"]);
    for (const onlineUrl of ["javascript:alert(1)", "msteams:/l/meetup-join/x"]) {
      const { targets, text } = await links(onlineUrl);
      expect(targets).toEqual([]);
      expect(text).toContain(`Online: ${onlineUrl}`);
    }
  });

  it("keeps names with diacritics intact", async () => {
    const withNames = structuredClone(record);
    withNames.attendance.participants[0].name = "Nguyễn Thị Ánh";
    withNames.coChairs[0].name = "Çağrı Öztürk";
    const text = await docxText(withNames, "en");
    expect(text).toContain("Nguyễn Thị Ánh");
    // Bappenas was named in full in the background section: the co-chair's line has its acronym.
    expect(text).toContain("Çağrı Öztürk, Bappenas — as representative of the Government");
  });
});
