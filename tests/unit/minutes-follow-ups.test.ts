// "Follow-up of earlier actions" in the documents: the progress recorded at a meeting on action
// items of earlier meetings appears in the PDF (read back by pdftotext), the DOCX (read back by
// mammoth) and the news summary, in English and in Bahasa Indonesia — and a record without the
// `followUps` field (a version snapshotted before it existed) renders, and diffs, without it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import mammoth from "mammoth";
import { afterAll, describe, expect, it } from "vitest";
import { diffVersions } from "@/lib/minutes/diff";
import { renderMinutesDocx } from "@/lib/minutes/docx";
import { buildMinutesOutline } from "@/lib/minutes/outline";
import { renderMinutesPdf } from "@/lib/minutes/pdf";
import type { TFollowUp, TMeetingRecord } from "@/lib/minutes/record-schema";
import { composeSummary } from "@/lib/summary/compose";
import { summaryToPlainText } from "@/lib/summary/render";
import { buildMeetingRecord } from "@/tests/fixtures/meeting-record";

/** Read after the fixture's meeting (10 December 2026), so it is reported as held. */
const AFTER = { now: new Date("2027-01-15T00:00:00Z") };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "minutes-follow-ups-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const squash = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").replace(/- /g, "-");

async function pdfText(record: TMeetingRecord, locale: "en" | "id"): Promise<string> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, await renderMinutesPdf(record, locale));
  return squash(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
}

async function docxText(record: TMeetingRecord, locale: "en" | "id"): Promise<string> {
  const buffer = await renderMinutesDocx(record, locale);
  return squash((await mammoth.extractRawText({ buffer })).value);
}

const FOLLOW_UPS: TFollowUp[] = [
  {
    id: "u-1",
    actionItemId: "a-1",
    reference: "PSC2/A/03",
    title: "Share the costed work plan",
    ownerOrganisation: { name: "Ministry of Health", acronym: "Kemenkes" },
    ownerPerson: "Dewi Lestari",
    statusBefore: "IN_PROGRESS",
    statusAfter: "REPORTED_DONE",
    note: "Shared with all members on 2 December",
    date: "2026-12-10",
  },
  {
    id: "u-2",
    actionItemId: "a-2",
    reference: "PSC2/A/05",
    title: "Recruit the M&E officer",
    ownerOrganisation: null,
    ownerPerson: null,
    statusBefore: "OPEN",
    statusAfter: "DROPPED",
    note: "Covered by the new UNDP project",
    date: "2026-12-10",
  },
];

const withFollowUps = (): TMeetingRecord => ({ ...buildMeetingRecord(), followUps: FOLLOW_UPS });
/** A snapshot saved before the field existed. */
const withoutField = (): TMeetingRecord => {
  const record = buildMeetingRecord();
  delete record.followUps;
  return record;
};

const HEADING = { en: "Follow-up of earlier actions", id: "Tindak Lanjut Hasil Rapat Sebelumnya" };
const STATUS = {
  en: ["Reported done", "Dropped"],
  id: ["Dilaporkan selesai", "Dibatalkan"],
};

describe("the follow-up of earlier actions in the minutes", () => {
  for (const locale of ["en", "id"] as const) {
    it(`prints the section in the PDF and the DOCX (${locale})`, async () => {
      const record = withFollowUps();
      for (const text of [await pdfText(record, locale), await docxText(record, locale)]) {
        expect(text).toContain(HEADING[locale]);
        for (const [i, f] of FOLLOW_UPS.entries()) {
          expect(text).toContain(f.reference);
          expect(text).toContain(f.title);
          expect(text).toContain(f.note);
          expect(text).toContain(STATUS[locale][i]);
        }
        expect(text).toContain("Dewi Lestari");
        expect(text).toContain("Ministry of Health (Kemenkes)");
      }
    });
  }

  it("places it after the decisions and before this meeting's own action items", () => {
    const keys = buildMinutesOutline(withFollowUps(), "en").sections.map((s) => s.key);
    expect(keys.indexOf("earlierActions")).toBe(keys.indexOf("decisions") + 1);
    expect(keys.indexOf("actions")).toBe(keys.indexOf("earlierActions") + 1);
  });

  it("renders a record without followUps (an older snapshot) as before, without the section", async () => {
    const old = withoutField();
    const empty = { ...buildMeetingRecord(), followUps: [] };
    expect(buildMinutesOutline(old, "en")).toEqual(buildMinutesOutline(empty, "en"));
    expect(buildMinutesOutline(old, "id").sections.map((s) => s.key)).not.toContain("earlierActions");
    for (const locale of ["en", "id"] as const) {
      const [pdf, docx] = [await pdfText(old, locale), await docxText(old, locale)];
      expect(pdf).not.toContain(HEADING[locale]);
      expect(docx).not.toContain(HEADING[locale]);
      expect(pdf).toContain(old.actionItems[0].title);
    }
    expect(composeSummary(old, "en", AFTER)).toEqual(composeSummary(empty, "en", AFTER));
  });

  // The diff does not compare follow-ups yet (a known gap): it must not trip over a snapshot without them.
  it("diffs an older snapshot against a newer one with follow-ups without failing", () => {
    const diff = diffVersions(
      { number: 1, content: withoutField() },
      { number: 2, content: withFollowUps() },
    );
    expect(diff.isSame).toBe(true);
  });
});

describe("the follow-up of earlier actions in the summary", () => {
  it("has a paragraph with each item's reference, title, owner, status and note (en)", () => {
    const summary = composeSummary(withFollowUps(), "en", AFTER);
    const paragraph = summary.paragraphs.find((p) => p.kind === "earlierActions");
    expect(paragraph?.sentences.map((s) => s.text)).toEqual([
      "The meeting reviewed progress on 2 actions agreed at earlier meetings.",
      // Kemenkes was named in full with a speaker: by its acronym here.
      "PSC2/A/03 “Share the costed work plan”, assigned to Dewi Lestari of Kemenkes, is reported done: Shared with all members on 2 December.",
      "PSC2/A/05 “Recruit the M&E officer” is dropped: Covered by the new UNDP project.",
    ]);
    expect(paragraph?.sentences[1].fields).toEqual([
      "followUps[0].reference",
      "followUps[0].title",
      "followUps[0].ownerPerson",
      "followUps[0].ownerOrganisation.acronym",
      "followUps[0].statusAfter",
      "followUps[0].note",
    ]);
    // Before this meeting's own follow-up actions.
    const kinds = summary.paragraphs.map((p) => p.kind);
    expect(kinds.indexOf("earlierActions")).toBeLessThan(kinds.indexOf("followUps"));
  });

  it("words it in Bahasa Indonesia", () => {
    const text = summaryToPlainText(composeSummary(withFollowUps(), "id", AFTER));
    expect(text).toContain("Rapat meninjau kemajuan 2 tindak lanjut yang disepakati pada rapat sebelumnya.");
    expect(text).toContain(
      "PSC2/A/03 “Share the costed work plan”, yang menjadi tanggung jawab Dewi Lestari dari Kemenkes, dilaporkan selesai",
    );
    expect(text).toContain(
      "PSC2/A/05 “Recruit the M&E officer” dibatalkan: “Covered by the new UNDP project”.",
    );
  });
});
