// Bilingual record fields (docs/bilingual-record.md): a document in the record's language uses the
// text as entered; in the other language, the translation where recorded, else the text as
// entered in quotation marks (never machine-translated) — and the fallbacks are counted. For the
// meeting with Indonesian wording for every bilingual field, every sentence of the Indonesian
// summary built from a bilingual field uses its Indonesian wording or quotes the record.
import { describe, expect, it } from "vitest";
import { localiseRecord } from "@/lib/minutes/localise";
import { composeSummary } from "@/lib/summary/compose";
import { completeMeeting } from "../fixtures/golden-meetings";
import { bilingualSentenceFields } from "../support/bilingual-check";

const NOW = new Date("2026-06-01T00:00:00Z");
describe("the wording of a bilingual field in a document", () => {
  it("is the text as entered in the record's language, with nothing counted", () => {
    const { record, translated, fallbacks } = localiseRecord(completeMeeting(), "en");
    expect(record.meeting.purpose).toBe(completeMeeting().meeting.purpose);
    expect([translated, fallbacks]).toEqual([[], []]);
  });

  it("is the translation in the other language where recorded", () => {
    const { record, translated } = localiseRecord(completeMeeting(), "id");
    expect(record.meeting.purpose).toBe(completeMeeting().meeting.purposeTranslation);
    expect(record.remarks[1].quote).toBe(completeMeeting().remarks[1].quoteTranslation);
    expect(translated).toContain("decisions[1].text");
  });

  it("falls back to the text as entered, in quotation marks, where the translation is missing", () => {
    const source = completeMeeting();
    source.meeting.purposeTranslation = null;
    source.decisions[0].textTranslation = "  ";
    source.actionItems[0].titleTranslation = undefined;
    const { record, fallbacks } = localiseRecord(source, "id");
    expect(record.meeting.purpose).toBe(`“${source.meeting.purpose}”`);
    expect(record.decisions[0].text).toBe("“The minutes of the 2nd PSC were adopted without amendment”");
    // An action's title is already shown in quotation marks (summary) or in a table (minutes).
    expect(record.actionItems[0].title).toBe(source.actionItems[0].title);
    expect(fallbacks).toEqual(
      expect.arrayContaining(["meeting.purpose", "decisions[0].text", "actionItems[0].title"]),
    );
    const summary = composeSummary(source, "id", { now: NOW });
    const text = summary.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join(" ");
    expect(text).toContain(
      "diselenggarakan untuk “review progress in 2025 and endorse the work plan and budget for 2026”.",
    );
  });

  it("counts an English-recorded programme's Indonesian text as the fallback in an English document", () => {
    const source = completeMeeting();
    source.programme.recordLanguage = "id";
    source.meeting.purpose = "meninjau kemajuan";
    source.meeting.purposeTranslation = null;
    const { record, fallbacks } = localiseRecord(source, "en");
    expect(record.meeting.purpose).toBe("“meninjau kemajuan”");
    expect(fallbacks).toContain("meeting.purpose");
  });

  it("treats a snapshot without a record language as English", () => {
    const source = completeMeeting();
    delete source.programme.recordLanguage;
    expect(localiseRecord(source, "en").translated).toEqual([]);
    expect(localiseRecord(source, "id").translated.length).toBeGreaterThan(10);
  });
});

describe("the Indonesian summary of a meeting with Indonesian wording for every bilingual field", () => {
  it("builds every sentence from Indonesian wording, or quotes the record", () => {
    const source = completeMeeting();
    // Only the progress note has no second wording; it is quoted.
    expect(localiseRecord(source, "id").fallbacks).toEqual(["followUps[0].note"]);
    const checked = bilingualSentenceFields(source, composeSummary(source, "id", { now: NOW }), "id");
    expect(checked.length).toBeGreaterThan(10);
    expect(checked.filter((c) => !c.isOk)).toEqual([]);
  });
});
