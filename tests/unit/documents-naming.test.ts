// The summary and the minutes name people, organisations and the programme as a secretariat would
// (docs/naming.md), in both languages: no organisation repeated after a position that names it, the
// ministry rather than its directorate, full name with acronym at first mention, a capacity said
// once, no "the the", a title that is not a noun phrase introduced as the programme, months in full,
// and the programme's aim.
import { describe, expect, it } from "vitest";
import type { TLocale } from "@/i18n/locales";
import { buildMinutesOutline, runsText, type TBlock, type TMinutesOutline } from "@/lib/minutes/outline";
import type { TMeetingRecord } from "@/lib/minutes/record-schema";
import { composeSummary } from "@/lib/summary/compose";
import type { TSummary, TSummaryParagraphKind } from "@/lib/summary/types";
import { buildMeetingRecord } from "@/tests/fixtures/meeting-record";

const AFTER = { now: new Date("2027-01-15T00:00:00Z") };
const summaryText = (s: TSummary, kind?: TSummaryParagraphKind) =>
  s.paragraphs
    .filter((p) => !kind || p.kind === kind)
    .flatMap((p) => p.sentences.map((x) => x.text))
    .join(" ");
const summaryOf = (record: TMeetingRecord, locale: TLocale, kind?: TSummaryParagraphKind) =>
  summaryText(composeSummary(record, locale, AFTER), kind);

function blockText(block: TBlock): string[] {
  if (block.kind === "subheading") return [block.text];
  if (block.kind === "paragraph") return [runsText(block.runs)];
  if (block.kind === "list") return block.items.map((item) => `${item.marker} ${runsText(item.runs)}`);
  return block.rows.map((row) => row.join(" | "));
}
const sectionText = (outline: TMinutesOutline, key: string) =>
  outline.sections
    .filter((s) => s.key === key)
    .flatMap((s) => s.blocks.flatMap(blockText))
    .join("\n");

/** A small meeting: two co-chairs and three speakers, whose organisations the test sets. */
function record(change: (r: TMeetingRecord) => void): TMeetingRecord {
  const r = buildMeetingRecord({ attendees: 6, remarks: 3, decisions: 0, actions: 0 });
  change(r);
  return r;
}
const UNDP = { name: "United Nations Development Programme", acronym: "UNDP" };
const KEMENKES = { name: "Ministry of Health", acronym: "Kemenkes" };

describe("a position that names its organisation", () => {
  it("by its acronym: the organisation is not appended again", () => {
    const r = record((r) => {
      r.coChairs[1] = { ...r.coChairs[1], position: "Head of Office, UNDP", organisation: UNDP };
    });
    const en = summaryOf(r, "en", "coChairs");
    expect(en).toContain("Participant 06 UNDP, Head of Office, UNDP, as UN Resident Coordinator a.i.");
    expect(en).not.toMatch(/UNDP of|of UNDP|UNDP \(UNDP\)/);
    expect(summaryOf(r, "id", "coChairs")).toContain("Head of Office, UNDP, sebagai");
    const minutes = sectionText(buildMinutesOutline(r, "en"), "coChairs");
    expect(minutes).toContain(
      "2. Participant 06 UNDP, Head of Office, UNDP — as UN Resident Coordinator a.i.",
    );
  });

  it("by its full name, in any case: not 'Director of X of X'", () => {
    const r = record((r) => {
      r.remarks[1].speaker = {
        ...r.remarks[1].speaker,
        position: "Director, ministry of health",
        organisation: KEMENKES,
      };
    });
    expect(summaryOf(r, "en", "remarks")).toContain(
      "Participant 02 Kemenkes, Director, ministry of health, responded that Remark 2",
    );
    expect(summaryOf(r, "id", "remarks")).toContain(
      "Participant 02 Kemenkes, Director, ministry of health, menanggapi bahwa “Remark 2",
    );
    const minutes = sectionText(buildMinutesOutline(r, "en"), "proceedings");
    expect(minutes).toContain("Participant 02 Kemenkes, Director, ministry of health (Response)");
  });
});

describe("a person of a directorate", () => {
  it("is named by the ministry, not the directorate", () => {
    const r = record((r) => {
      r.remarks[1].speaker = {
        ...r.remarks[1].speaker,
        position: "Director of Community Nutrition",
        organisation: {
          name: "Directorate of Community Nutrition",
          acronym: null,
          parent: { name: "Directorate-General of Public Health", acronym: null, parent: KEMENKES },
        },
      };
    });
    expect(summaryOf(r, "en", "remarks")).toContain(
      "Participant 02 Kemenkes, Director of Community Nutrition, Ministry of Health (Kemenkes), responded",
    );
    expect(summaryOf(r, "id", "remarks")).toContain(
      "Director of Community Nutrition, Ministry of Health (Kemenkes), menanggapi",
    );
    const minutes = sectionText(buildMinutesOutline(r, "id"), "proceedings");
    expect(minutes).toContain(
      "Participant 02 Kemenkes, Director of Community Nutrition, Ministry of Health (Kemenkes)",
    );
    expect(minutes).not.toContain("Directorate");
  });

  it("is named by the organisation itself in a snapshot saved before parents were recorded", () => {
    const r = record((r) => {
      r.remarks[1].speaker.organisation = { name: "Directorate-General of Public Health", acronym: null };
    });
    expect(summaryOf(r, "en", "remarks")).toContain("of the Directorate-General of Public Health");
  });
});

describe("an organisation at first mention and after", () => {
  it("summary: full name with acronym once, the acronym after, in both languages", () => {
    const r = buildMeetingRecord();
    const en = summaryOf(r, "en");
    expect(en.match(/Ministry of National Development Planning/g)).toHaveLength(1);
    expect(en).toMatch(
      /^The Ministry of National Development Planning \(Bappenas\), with the United Nations/,
    );
    expect(en).toContain("Participant 06 UNDP, Director 6 of UNDP, as");
    expect(en.match(/Ministry of Health \(Kemenkes\)/g)).toHaveLength(1);
    const id = summaryOf(r, "id");
    expect(id.match(/United Nations Development Programme \(UNDP\)/g)).toHaveLength(1);
    expect(id).toContain("Director 6 dari UNDP");
  });

  it("minutes: the same in running text and tables, the annex headings in full", () => {
    const outline = buildMinutesOutline(buildMeetingRecord(), "en");
    expect(sectionText(outline, "background")).toContain(
      "coordinated by the Ministry of National Development Planning (Bappenas) and implemented with the " +
        "United Nations Development Programme (UNDP) and the United Nations Children's Fund (UNICEF).",
    );
    expect(sectionText(outline, "coChairs")).toContain("1. Participant 01 Bappenas, Bappenas — as");
    expect(sectionText(outline, "proceedings")).toContain(
      "Participant 02 Kemenkes, Director 2, Ministry of Health (Kemenkes)",
    );
    expect(sectionText(outline, "annex")).toContain("Ministry of Health (Kemenkes)");
  });
});

describe("a co-chair's capacity", () => {
  it("is said once when it repeats the position", () => {
    const r = record((r) => {
      r.coChairs[1] = {
        ...r.coChairs[1],
        position: "UN Resident Coordinator a.i.",
        capacity: "UN Resident Coordinator",
      };
      r.coChairs[0] = { ...r.coChairs[0], position: "Deputy Minister", capacity: "as Deputy Minister" };
    });
    const en = summaryOf(r, "en", "coChairs");
    expect(en).toBe(
      "The meeting was co-chaired by Participant 01 Bappenas, Deputy Minister of Bappenas, and " +
        "Participant 06 UNDP, UN Resident Coordinator a.i. of UNDP.",
    );
    expect(summaryOf(r, "id", "coChairs")).not.toContain("sebagai");
    const minutes = sectionText(buildMinutesOutline(r, "id"), "coChairs");
    expect(minutes).not.toContain("selaku");
    expect(minutes).toContain("2. Participant 06 UNDP, UN Resident Coordinator a.i., UNDP");
  });
});

describe("no doubled article", () => {
  it("after 'the' of the templates: fund, framework, programme title; a noun-phrase purpose is convened for", () => {
    const r = buildMeetingRecord();
    Object.assign(r.programme, {
      fund: "The Joint SDG Fund",
      nationalFramework: "the RPJMN 2020–2024",
      title: "The Joint Programme on Social Protection",
      shortTitle: null,
    });
    r.meeting.purpose = "The review of the annual work plan";
    const en = summaryOf(r, "en");
    expect(en).not.toMatch(/\bthe the\b/i);
    expect(en).toContain("of the Joint Programme on Social Protection on Thursday");
    expect(en).toContain("The Joint Programme on Social Protection, funded by the Joint SDG Fund, is");
    expect(en).toContain("supports the RPJMN 2020–2024.");
    expect(en).toContain("was convened for the review of the annual work plan.");
    // Without its Indonesian wording, the English purpose is quoted as recorded.
    expect(summaryOf(r, "id")).toContain("diselenggarakan untuk “The review of the annual work plan”.");
    const minutes = sectionText(buildMinutesOutline(r, "en"), "background");
    expect(minutes).toMatch(/^The Joint Programme on Social Protection is coordinated by/);
  });
});

describe("a title that is not a noun phrase", () => {
  it("is introduced as the programme, with quotation marks, in both languages and both documents", () => {
    const r = buildMeetingRecord();
    Object.assign(r.programme, { title: "Leaving No One Behind", shortTitle: null });
    const en = composeSummary(r, "en", AFTER);
    expect(en.title).toBe(
      "Third Programme Steering Committee meeting of the programme “Leaving No One Behind”",
    );
    expect(summaryText(en, "programme")).toMatch(
      /^The programme “Leaving No One Behind”, funded by the Joint SDG Fund, is implemented in Indonesia\./,
    );
    expect(summaryOf(r, "id", "programme")).toMatch(
      /^Program “Leaving No One Behind”, yang didanai oleh Joint SDG Fund, dilaksanakan di Indonesia\./,
    );
    expect(sectionText(buildMinutesOutline(r, "en"), "background")).toMatch(
      /^The programme “Leaving No One Behind” is coordinated by/,
    );
    expect(sectionText(buildMinutesOutline(r, "id"), "background")).toMatch(
      /^Program “Leaving No One Behind” dikoordinasikan oleh/,
    );
  });

  it("with a short title: introduced in the lead, the short title after", () => {
    const r = buildMeetingRecord();
    Object.assign(r.programme, { title: "Leaving No One Behind", shortTitle: "LNOB" });
    const en = summaryOf(r, "en");
    expect(en).toContain("meeting of the programme “Leaving No One Behind” (LNOB) on Thursday");
    expect(en).toContain("The LNOB, funded by the Joint SDG Fund,");
  });
});

describe("dates in running text", () => {
  it("write the month in full in both languages and both documents", () => {
    const r = buildMeetingRecord();
    expect(summaryOf(r, "en")).toContain("from 1 March 2024");
    expect(summaryOf(r, "en")).toContain("due on 15 January 2027");
    expect(summaryOf(r, "id")).toContain("sejak 1 Maret 2024");
    expect(summaryOf(r, "id")).toContain("dengan tenggat 15 Januari 2027");
    expect(sectionText(buildMinutesOutline(r, "en"), "actions")).toContain("15 January 2027");
    expect(sectionText(buildMinutesOutline(r, "id"), "actions")).toContain("15 Januari 2027");
    for (const locale of ["en", "id"] as const) {
      expect(summaryOf(r, locale)).not.toMatch(
        /\b\d{1,2} (Jan|Feb|Mar|Apr|Jun|Jul|Aug|Agu|Sep|Oct|Okt|Nov|Dec|Des) \d{4}/,
      );
    }
  });
});

describe("what the programme is for", () => {
  it("follows the programme's introduction in the summary and opens the minutes, in both languages", () => {
    const r = buildMeetingRecord();
    r.programme.description = "To link social protection to climate risk information.";
    expect(summaryOf(r, "en", "programme")).toContain(
      "is implemented in Indonesia. The programme aims to link social protection to climate risk information. The programme runs",
    );
    expect(sectionText(buildMinutesOutline(r, "en"), "background")).toContain(
      "The programme aims to link social protection to climate risk information.",
    );
    // Its Indonesian wording (docs/bilingual-record.md) in the Indonesian documents.
    r.programme.descriptionTranslation = "Memperkuat perlindungan sosial adaptif.";
    expect(summaryOf(r, "id", "programme")).toContain("Program ini memperkuat perlindungan sosial adaptif.");
    expect(sectionText(buildMinutesOutline(r, "id"), "background")).toContain(
      "Program ini memperkuat perlindungan sosial adaptif.",
    );
  });

  it("is absent when no description was recorded, and so is a background with nothing to say", () => {
    const r = buildMeetingRecord();
    r.programme.description = null;
    expect(summaryOf(r, "en")).not.toMatch(/aims to|strengthens/);
    r.programme.conveningAgency = null;
    expect(buildMinutesOutline(r, "en").sections.map((s) => s.key)).not.toContain("background");
  });
});
