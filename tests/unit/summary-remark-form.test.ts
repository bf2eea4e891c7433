// A remark recorded as a verb phrase becomes the speaker's predicate; a full sentence follows "said that".
import { describe, expect, it } from "vitest";
import { composeSummary } from "@/lib/summary/compose";
import { isVerbPhrase, summaryAfterSpeaker } from "@/lib/summary/remark-form";
import { buildMeetingRecord } from "../fixtures/meeting-record";

/** Read after the fixture's meeting (10 December 2026), so it is reported as held. */
const AFTER = { now: new Date("2027-01-15T00:00:00Z") };

describe("remark form", () => {
  it.each([
    ["Presented the progress report", "en", true],
    ["Said the budget was late", "en", true],
    ["The ministry will publish the data", "en", false],
    ["UNDP will fund the survey", "en", false],
    ["Indonesia reported progress", "en", false],
    ["Menyampaikan laporan kemajuan", "id", true],
    ["Berterima kasih kepada mitra", "id", true],
    ["Pemerintah akan menerbitkan data", "id", false],
  ] as const)("%s (%s) is a verb phrase: %s", (summary, locale, expected) => {
    expect(isVerbPhrase(summary, locale)).toBe(expected);
  });

  it("lower-cases only what a capital would make wrong", () => {
    expect(summaryAfterSpeaker("Presented the report", "en", true)).toBe("presented the report");
    expect(summaryAfterSpeaker("The ministry will act", "en", false)).toBe("the ministry will act");
    expect(summaryAfterSpeaker("Indonesia will act", "en", false)).toBe("Indonesia will act");
    expect(summaryAfterSpeaker("UNDP will act", "en", false)).toBe("UNDP will act");
  });

  it("reads naturally in both languages", () => {
    const record = buildMeetingRecord({ attendees: 4, remarks: 3 });
    record.remarks[1] = {
      ...record.remarks[1],
      kind: "STATEMENT",
      summary: "Presented the progress report.",
    };
    const en = composeSummary(record, "en", AFTER).paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
    expect(
      en.some(
        (s) =>
          s.includes(`${record.remarks[1].speaker.name}`) && s.includes("presented the progress report."),
      ),
    ).toBe(true);
    expect(en.join(" ")).not.toMatch(/said that Presented|\s{2}|\s,/);
    // An Indonesian record: its own language's verb phrase becomes the predicate.
    record.programme.recordLanguage = "id";
    record.remarks[1] = { ...record.remarks[1], summary: "Menyampaikan laporan kemajuan." };
    const id = composeSummary(record, "id", AFTER)
      .paragraphs.flatMap((p) => p.sentences.map((s) => s.text))
      .join(" ");
    expect(id).toContain("menyampaikan laporan kemajuan.");
    expect(id).not.toMatch(/bahwa Menyampaikan|\s{2}/);
  });
});

describe("lead", () => {
  it("does not name the convening agency again among its partners", () => {
    const record = buildMeetingRecord({ attendees: 4, remarks: 1 });
    record.programme.participatingOrganisations = [
      record.programme.conveningAgency!,
      ...record.programme.participatingOrganisations,
    ];
    const lead = composeSummary(record, "en", AFTER).paragraphs[0].sentences[0].text;
    expect(lead).toMatch(
      /^The Ministry of National Development Planning \(Bappenas\), with the United Nations Development Programme \(UNDP\) and the United Nations Children's Fund \(UNICEF\), held/,
    );
    expect(lead.match(/Bappenas/g)).toHaveLength(2); // the agency, and the venue's building
  });
});

describe("a record in the other language", () => {
  it("is quoted in the Indonesian summary when it has no Indonesian wording, never spliced into its clause", () => {
    const record = buildMeetingRecord({ attendees: 4, remarks: 3 });
    record.remarks[1] = {
      ...record.remarks[1],
      kind: "STATEMENT",
      summary: "Presented the progress report.",
    };
    const id = composeSummary(record, "id", AFTER)
      .paragraphs.flatMap((p) => p.sentences.map((s) => s.text))
      .join(" ");
    expect(id).toContain(`${record.remarks[1].speaker.name}`);
    expect(id).toMatch(/menyampaikan bahwa “Presented the progress report”\./);
    expect(id).not.toMatch(/bahwa Presented/);
  });

  it("is quoted after a colon when text in the other language was entered as the record's own", () => {
    const record = buildMeetingRecord({ attendees: 4, remarks: 3 });
    record.programme.recordLanguage = "id";
    record.remarks[1] = {
      ...record.remarks[1],
      kind: "STATEMENT",
      summary: "Presented the progress report.",
    };
    const id = composeSummary(record, "id", AFTER)
      .paragraphs.flatMap((p) => p.sentences.map((s) => s.text))
      .join(" ");
    expect(id).toMatch(/menyampaikan: Presented the progress report\./);
  });
});

describe("purpose", () => {
  it("continues the sentence in lower case, keeping acronyms", () => {
    const record = buildMeetingRecord({ attendees: 4, remarks: 0 });
    record.meeting.purpose = "Review progress in 2026.";
    const lead = composeSummary(record, "en", AFTER)
      .paragraphs[0].sentences.map((s) => s.text)
      .join(" ");
    expect(lead).toContain("was convened to review progress in 2026.");
    record.meeting.purpose = "UNDP to present the results";
    const lead2 = composeSummary(record, "en", AFTER)
      .paragraphs[0].sentences.map((s) => s.text)
      .join(" ");
    expect(lead2).toContain("convened to UNDP to present the results.");
  });
});
