// Entering a bilingual record: which language the side-by-side fields are in, when the capture
// forms show their other-language fields, and that an edit sends a changed translation (and only
// then) through the save queue.
import { describe, expect, it } from "vitest";
import { changedFields, createBodyOf, isPatchApplied } from "@/components/capture/entry-fields";
import type { TActionItem } from "@/lib/action-item/schema";
import type { TDecision } from "@/lib/decision/schema";
import { hasAnyText, languagePair, otherLanguage } from "@/lib/programme/record-language";
import type { TRemark } from "@/lib/remark/schema";

const remark: TRemark = {
  id: "r1",
  meetingId: "m1",
  agendaItemId: "i1",
  order: 1,
  kind: "STATEMENT",
  speaker: { id: "p1", name: "Ani Wijaya", position: null, organisation: null },
  summary: "Welcomed the participants.",
  summaryTranslation: "Menyambut para peserta.",
  quote: null,
  quoteTranslation: null,
  version: 3,
  updatedAt: "2024-03-14T02:05:00.000Z",
};

describe("the record language and the other one", () => {
  it("puts the record language first and its counterpart second", () => {
    expect(otherLanguage("en")).toBe("id");
    expect(otherLanguage("id")).toBe("en");
    expect(languagePair("en")).toEqual(["en", "id"]);
    expect(languagePair("id")).toEqual(["id", "en"]);
  });

  it("counts a translation as there only when it holds more than spaces", () => {
    expect(hasAnyText({ a: "", b: "  " }, ["a", "b"])).toBe(false);
    expect(hasAnyText({ a: "", b: " Menyambut " }, ["a", "b"])).toBe(true);
    expect(hasAnyText({ a: "", b: "Menyambut" }, ["a"])).toBe(false);
    expect(hasAnyText({ a: null, b: undefined }, ["a", "b", "c"])).toBe(false);
  });
});

describe("capture edits carry the other-language wording", () => {
  it("sends a changed or cleared translation, and nothing for an unchanged one", () => {
    const same = {
      summary: remark.summary,
      summaryTranslation: "Menyambut para peserta.",
      quoteTranslation: "",
    };
    expect(changedFields("remarks", remark, same)).toEqual({});
    expect(changedFields("remarks", remark, { ...same, summaryTranslation: "Membuka rapat." })).toEqual({
      summaryTranslation: "Membuka rapat.",
    });
    expect(changedFields("remarks", remark, { ...same, summaryTranslation: " " })).toEqual({
      summaryTranslation: " ",
    });
    expect(changedFields("remarks", remark, { ...same, quoteTranslation: "Data menyelamatkan" })).toEqual({
      quoteTranslation: "Data menyelamatkan",
    });
  });

  it("recognises a resent edit of a translation the server already holds", () => {
    const op = {
      opId: "o1",
      kind: "update" as const,
      entity: "remarks" as const,
      entityId: "r1",
      version: 2,
      patch: { summaryTranslation: "Menyambut para peserta." },
      base: remark,
    };
    expect(isPatchApplied(op, remark)).toBe(true);
    const untranslated: TRemark = { ...remark, summaryTranslation: null };
    expect(isPatchApplied(op, untranslated)).toBe(false);
  });

  it("makes a deleted entry again with its translations", () => {
    expect(createBodyOf("remarks", remark)).toMatchObject({ summaryTranslation: "Menyambut para peserta." });
    const decision: TDecision = {
      id: "d1",
      meetingId: "m1",
      agendaItemId: null,
      number: 1,
      text: "Approved.",
      textTranslation: "Disetujui.",
      version: 1,
      updatedAt: "",
    };
    expect(createBodyOf("decisions", decision)).toEqual({ text: "Approved.", textTranslation: "Disetujui." });
    const action = {
      id: "a1",
      title: "Send the report",
      titleTranslation: "Kirim laporan",
      ownerOrganisation: null,
      ownerPerson: null,
    } as unknown as TActionItem;
    expect(
      changedFields("action-items", action, { title: "Send the report", titleTranslation: null }),
    ).toEqual({
      titleTranslation: null,
    });
  });
});
