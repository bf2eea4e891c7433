// The summary's tense follows the meeting's status and its start: a meeting not yet held (draft,
// scheduled, or cancelled before it took place — or one that starts later than now, whatever its
// status says) is announced — it "will hold", "akan menyelenggarakan" — and never reported as held;
// a held meeting, with its minutes at any stage, is reported in the past.
import { describe, expect, it } from "vitest";
import type { TLocale } from "@/i18n/locales";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import type { TMeetingRecord } from "@/lib/minutes/record-schema";
import { composeSummary } from "@/lib/summary/compose";
import type { TSummary, TSummaryParagraphKind } from "@/lib/summary/types";
import { buildMeetingRecord } from "@/tests/fixtures/meeting-record";

const NOT_HELD: MeetingStatus[] = ["DRAFT", "SCHEDULED", "CANCELLED"];
const HELD: MeetingStatus[] = ["HELD", "MINUTES_DRAFT", "MINUTES_IN_REVIEW", "MINUTES_ADOPTED"];

/** The fixture's meeting starts on 10 December 2026, 09:00 in Jakarta. */
const AFTER = new Date("2027-01-15T00:00:00Z");
const BEFORE = new Date("2026-12-09T00:00:00Z");

function summaryOf(
  status: MeetingStatus,
  locale: TLocale,
  change?: (r: TMeetingRecord) => void,
  now: Date = AFTER,
): TSummary {
  const record = buildMeetingRecord();
  record.meeting.status = status;
  record.attendance.stats = { ...record.attendance.stats, participants: 52, ministries: 9 };
  change?.(record);
  return composeSummary(record, locale, { now });
}

const paragraphText = (s: TSummary, kind: TSummaryParagraphKind) =>
  s.paragraphs
    .filter((p) => p.kind === kind)
    .flatMap((p) => p.sentences.map((x) => x.text))
    .join(" ");
/** What the summary says of the meeting itself: the lead and who chaired it. */
const aboutTheMeeting = (s: TSummary) => `${paragraphText(s, "lead")} ${paragraphText(s, "coChairs")}`;

// The convening agency and its partners, each named in full with its acronym at first mention.
const AGENCIES_EN =
  "The Ministry of National Development Planning (Bappenas), with the United Nations Development " +
  "Programme (UNDP) and the United Nations Children's Fund (UNICEF),";
const AGENCIES_ID =
  "Ministry of National Development Planning (Bappenas), bersama United Nations Development " +
  "Programme (UNDP) dan United Nations Children's Fund (UNICEF),";
const LEAD_EN =
  "the third Programme Steering Committee meeting of the Joint Programme on Gender-Responsive Social " +
  "Protection (JP GRSP) on Thursday, 10 December 2026 at Room Saleh Afiff, Bappenas Building, " +
  "Jl. Taman Suropati 2, Jakarta.";
const PURPOSE = "review progress in 2026 and endorse the work plan for 2027.";
// The record is English without Indonesian wording: the Indonesian summary quotes it (docs/bilingual-record.md).
const PURPOSE_ID = "“review progress in 2026 and endorse the work plan for 2027”.";
const LEAD_ID =
  "Rapat Komite Pengarah Program ketiga Joint Programme on Gender-Responsive Social Protection " +
  "(JP GRSP) pada Kamis, 10 Desember 2026 di Room Saleh Afiff, Bappenas Building, " +
  "Jl. Taman Suropati 2, Jakarta.";

describe("summary of a meeting not yet held — English", () => {
  it.each(NOT_HELD)("%s: the agency will hold the meeting, convened to its purpose", (status) => {
    const summary = summaryOf(status, "en");
    expect(paragraphText(summary, "lead")).toBe(
      `${AGENCIES_EN} will hold ${LEAD_EN} The meeting will be convened to ${PURPOSE}`,
    );
    expect(paragraphText(summary, "coChairs")).toMatch(/^The meeting will be co-chaired by Participant 01 /);
    expect(aboutTheMeeting(summary)).not.toMatch(
      /\bheld the\b|\bwas held\b|\bwas convened\b|attended by|\bwas (co-)?chaired\b/,
    );
  });

  it("without a convening agency: the meeting will be held; one co-chair will chair it", () => {
    const summary = summaryOf("SCHEDULED", "en", (r) => {
      r.programme.conveningAgency = null;
      r.coChairs = r.coChairs.slice(0, 1);
    });
    expect(paragraphText(summary, "lead")).toMatch(
      /^The third Programme Steering Committee meeting of the .* will be held on Thursday, 10 December 2026 /,
    );
    expect(paragraphText(summary, "coChairs")).toMatch(/^The meeting will be chaired by Participant 01 /);
  });

  it("without a purpose no sentence about the participants is invented", () => {
    const summary = summaryOf("SCHEDULED", "en", (r) => (r.meeting.purpose = null));
    expect(summary.paragraphs[0].sentences).toHaveLength(1);
  });
});

describe("summary of a meeting not yet held — Bahasa Indonesia", () => {
  it.each(NOT_HELD)("%s: akan menyelenggarakan, akan diselenggarakan untuk, akan dipimpin", (status) => {
    const summary = summaryOf(status, "id");
    expect(paragraphText(summary, "lead")).toBe(
      `${AGENCIES_ID} akan menyelenggarakan ${LEAD_ID} ` +
        `Rapat ini akan diselenggarakan untuk ${PURPOSE_ID}`,
    );
    expect(paragraphText(summary, "coChairs")).toMatch(/^Rapat ini akan dipimpin bersama oleh /);
    // Every verb of the meeting itself carries "akan"; no attendance is reported.
    expect(aboutTheMeeting(summary)).not.toMatch(
      /(?<!akan )(menyelenggarakan|diselenggarakan|dipimpin)|dihadiri/,
    );
  });

  it("without a convening agency: the meeting akan diselenggarakan", () => {
    const summary = summaryOf("DRAFT", "id", (r) => (r.programme.conveningAgency = null));
    expect(paragraphText(summary, "lead")).toMatch(
      /^Rapat Komite Pengarah Program ketiga .* akan diselenggarakan pada Kamis, 10 Desember 2026 /,
    );
  });
});

describe("summary of a held meeting — unchanged, in the past", () => {
  it.each(HELD)("%s, English: held, attended by, was convened, was co-chaired", (status) => {
    const summary = summaryOf(status, "en");
    expect(paragraphText(summary, "lead")).toBe(
      `${AGENCIES_EN} held ${LEAD_EN} The meeting, attended by 52 participants ` +
        `from 9 ministries, was convened to ${PURPOSE}`,
    );
    expect(paragraphText(summary, "coChairs")).toMatch(/^The meeting was co-chaired by /);
    expect(aboutTheMeeting(summary)).not.toMatch(/\bwill\b/);
    expect(
      paragraphText(
        summaryOf(status, "en", (r) => (r.programme.conveningAgency = null)),
        "lead",
      ),
    ).toMatch(/ was held on Thursday, 10 December 2026 /);
  });

  it.each(HELD)("%s, Bahasa Indonesia: menyelenggarakan, dihadiri, dipimpin — without akan", (status) => {
    const summary = summaryOf(status, "id");
    expect(paragraphText(summary, "lead")).toBe(
      `${AGENCIES_ID} menyelenggarakan ${LEAD_ID} Rapat yang dihadiri oleh ` +
        `52 peserta dari 9 kementerian ini diselenggarakan untuk ${PURPOSE_ID}`,
    );
    expect(paragraphText(summary, "coChairs")).toMatch(/^Rapat ini dipimpin bersama oleh /);
    expect(aboutTheMeeting(summary)).not.toMatch(/\bakan\b/);
  });
});

describe("a meeting whose start is still to come is announced, whatever its status says", () => {
  it.each(HELD)("%s before 10 December 2026: will hold / akan menyelenggarakan", (status) => {
    const en = summaryOf(status, "en", undefined, BEFORE);
    expect(paragraphText(en, "lead")).toBe(
      `${AGENCIES_EN} will hold ${LEAD_EN} The meeting will be convened to ${PURPOSE}`,
    );
    expect(aboutTheMeeting(en)).not.toMatch(/\bheld the\b|\bwas held\b|\bwas convened\b|attended by/);
    expect(paragraphText(en, "coChairs")).toMatch(/^The meeting will be co-chaired by /);
    const id = summaryOf(status, "id", undefined, BEFORE);
    expect(paragraphText(id, "lead")).toMatch(/ akan menyelenggarakan Rapat Komite Pengarah Program ketiga /);
    expect(aboutTheMeeting(id)).not.toMatch(/(?<!akan )(menyelenggarakan|diselenggarakan|dipimpin)|dihadiri/);
  });

  it("is reported as held once it has started", () => {
    const started = new Date("2026-12-10T02:00:00Z");
    const summary = summaryOf("HELD", "en", (r) => (r.programme.conveningAgency = null), started);
    expect(paragraphText(summary, "lead")).toMatch(/ was held on Thursday, 10 December 2026 /);
  });
});
