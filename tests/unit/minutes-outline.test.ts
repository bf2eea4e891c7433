// The minutes outline decides what the PDF and DOCX say and in which order; these tests read it
// the way a committee member reads the minutes.
import { afterEach, describe, expect, it, vi } from "vitest";
import { minutesFileName } from "@/lib/minutes/file-name";
import { buildMinutesOutline, runsText, type TBlock, type TMinutesOutline } from "@/lib/minutes/outline";
import { buildMeetingRecord } from "@/tests/fixtures/meeting-record";

function blockText(block: TBlock): string[] {
  switch (block.kind) {
    case "subheading":
      return [block.text];
    case "paragraph":
      return [runsText(block.runs)];
    case "list":
      return block.items.map((item) => `${item.marker} ${runsText(item.runs)}`);
    case "table":
      return [block.columns.map((c) => c.header).join(" | "), ...block.rows.map((row) => row.join(" | "))];
  }
}

function lines(outline: TMinutesOutline): string[] {
  const { header } = outline;
  return [
    header.programme,
    header.title,
    header.meeting,
    ...header.facts.map((f) => `${f.label}: ${f.value}`),
    ...outline.sections.flatMap((s) => [`# ${s.heading}`, ...s.blocks.flatMap(blockText)]),
  ];
}

function section(outline: TMinutesOutline, key: string): string[] {
  const found = outline.sections.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found.blocks.flatMap(blockText);
}

afterEach(() => vi.restoreAllMocks());

describe("buildMinutesOutline", () => {
  it("puts the sections in the order of formal minutes", () => {
    const outline = buildMinutesOutline(buildMeetingRecord(), "en");
    expect(outline.sections.map((s) => s.heading)).toEqual([
      "Status of the minutes",
      "Background",
      "Co-chairs",
      "Attendance",
      "Agenda",
      "Proceedings",
      "Decisions",
      "Action items",
      "Next meeting",
      "Annex: List of participants",
    ]);
    expect(outline.sections.at(-1)?.pageBreakBefore).toBe(true);
  });

  it("words every label in Bahasa Indonesia, with no missing message", () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const record = buildMeetingRecord();
    record.minutes = { status: "ADOPTED", latestVersion: 3, adoptedAt: "2027-06-10T04:00:00.000Z" };
    const outline = buildMinutesOutline(record, "id");
    expect(outline.header.title).toBe("Notulen Rapat");
    expect(outline.header.meeting).toBe("PSC ke-3 — Annual review");
    expect(outline.header.facts.slice(0, 2)).toEqual([
      { label: "Hari/tanggal", value: "Kamis, 10 Desember 2026" },
      { label: "Waktu", value: "09.00–12.30 WIB" },
    ]);
    expect(outline.sections.map((s) => s.heading)).toEqual([
      "Status Notulen",
      "Latar Belakang",
      "Ketua Bersama",
      "Kehadiran",
      "Agenda Rapat",
      "Jalannya Rapat",
      "Keputusan",
      "Tindak Lanjut",
      "Rapat Berikutnya",
      "Lampiran: Daftar Hadir",
    ]);
    expect(section(outline, "status")).toEqual([
      "Notulen telah disahkan. Disahkan pada Kamis, 10 Juni 2027. Versi 3.",
    ]);
    expect(outline.footer).toEqual([
      { text: "Halaman " },
      { field: "page" },
      { text: " dari " },
      { field: "pages" },
    ]);
    expect(lines(outline).filter((line) => line.includes("minutes."))).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
  });

  it("gives each agenda item its remarks in the order spoken, then its decisions; the rest under Other matters", () => {
    // Eight remarks: two per agenda item; none left under item 2, and the list handed over reversed.
    const record = buildMeetingRecord({ remarks: 8, decisions: 2 });
    record.remarks = record.remarks.filter((r) => r.agendaItemId !== "a-2").reverse();
    record.remarks.push({
      ...record.remarks[0],
      id: "r-x",
      agendaItemId: null,
      order: 9,
      summary: "Any other business.",
    });
    record.decisions.push({
      id: "d-x",
      number: 3,
      agendaItemId: null,
      text: "The next meeting moves to June.",
    });
    const proceedings = section(buildMinutesOutline(record, "en"), "proceedings");
    const at = (text: string) => proceedings.findIndex((line) => line.includes(text));
    expect(at("1. Adoption of the minutes")).toBeLessThan(at("Remark 1:"));
    expect(at("Remark 1:")).toBeLessThan(at("Remark 2:"));
    expect(at("Remark 2:")).toBeLessThan(at("2. Matters arising"));
    expect(proceedings[at("2. Matters arising") + 1]).toBe(
      "No remarks or decisions were recorded under this item.",
    );
    expect(at("3. Progress report 2026")).toBeLessThan(at("Remark 5:"));
    expect(at("Remark 5:")).toBeLessThan(at("Remark 6:"));
    expect(at("Remark 6:")).toBeLessThan(at("Decision 1. The committee endorsed item 1"));
    expect(at("Decision 1.")).toBeLessThan(at("4. Work plan and budget 2027"));
    expect(at("4. Work plan and budget 2027")).toBeLessThan(at("Remark 7:"));
    expect(at("Remark 8:")).toBeLessThan(at("Decision 2."));
    expect(proceedings.slice(-4)).toEqual([
      "Other matters",
      expect.stringContaining("(Closing remarks)"),
      "Any other business.",
      "Decision 3. The next meeting moves to June.",
    ]);
  });

  it("names speakers with position and organisation, and quotes them when a quote was recorded", () => {
    const proceedings = section(buildMinutesOutline(buildMeetingRecord(), "en"), "proceedings");
    expect(proceedings).toContain(
      "Participant 02 Kemenkes, Director 2, Ministry of Health (Kemenkes) (Response)",
    );
    expect(proceedings).toContain("“We will deliver output 1 by the end of the year (1).”");
  });

  it("counts attendance from the statistics and leaves out kinds with no participant", () => {
    const record = buildMeetingRecord({ attendees: 12 });
    const attendance = section(buildMinutesOutline(record, "en"), "attendance");
    expect(attendance[0]).toBe(
      "12 participants attended from 7 organisations, including 3 government ministries. " +
        "1 participant attended without an invitation. 1 participant attended as the delegate of an invitee.",
    );
    expect(attendance).toContain("Government ministry | 8");
    expect(attendance).toContain("Not recorded | 2");
    expect(attendance.join("\n")).not.toMatch(/Donor|Other \|/);
  });

  it("lists action items with owner, due date and status, and participants by organisation", () => {
    const outline = buildMinutesOutline(buildMeetingRecord({ actions: 2 }), "en");
    expect(section(outline, "actions")).toEqual([
      "No. | Action | Owner | Due date | Status",
      // Both organisations were named in full before (background, proceedings): acronyms here.
      "1. | Share revised budget table 1 | Participant 01 Bappenas\nBappenas | 15 January 2027 | Open",
      "2. | Share revised budget table 2 | Kemenkes | 15 February 2027 | Open",
    ]);
    const annex = section(outline, "annex");
    expect(annex).toContain("United Nations Development Programme (UNDP)");
    expect(annex).toContain("11. | Participant 06 UNDP | Director 6 | Delegate of Absent Official");
    expect(annex).toContain("12. | Participant 08 CSO | Director 8 | Walk-in");
  });

  it("never prints a missing fact, and says so when a list is empty", () => {
    const record = buildMeetingRecord({ attendees: 0, remarks: 0, decisions: 0, actions: 0 });
    Object.assign(record.meeting, {
      venueBuilding: null,
      venueRoom: null,
      venueAddress: null,
      purpose: null,
    });
    Object.assign(record, { agenda: [], coChairs: [], nextMeeting: null, minutes: null });
    const outline = buildMinutesOutline(record, "en");
    const text = lines(outline).join("\n");
    expect(text).not.toMatch(/null|undefined|N\/A|Venue|Purpose/);
    expect(outline.header.facts.map((f) => f.label)).toEqual(["Date", "Time"]);
    expect(outline.sections.map((s) => s.key)).not.toContain("nextMeeting");
    for (const sentence of [
      "Draft minutes, not yet adopted.",
      "No co-chairs were recorded.",
      "No attendance was recorded.",
      "No agenda was recorded.",
      "No remarks or decisions were recorded.",
      "No decisions were recorded.",
      "No action items were recorded.",
      "No participants were recorded.",
    ]) {
      expect(text).toContain(sentence);
    }
  });
});

describe("minutesFileName", () => {
  it("is ASCII, names the meeting and the language", () => {
    const record = buildMeetingRecord();
    expect(minutesFileName(record, "en", "pdf")).toBe("minutes-3rd-psc-annual-review-en.pdf");
    expect(minutesFileName(record, "id", "docx")).toBe("minutes-3rd-psc-annual-review-id.docx");
    record.meeting.title = "Revue à mi-parcours — Ğüç";
    expect(minutesFileName(record, "id", "pdf")).toBe("minutes-3rd-psc-revue-a-mi-parcours-guc-id.pdf");
  });
});
