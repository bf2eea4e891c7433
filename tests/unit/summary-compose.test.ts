// The news-style summary states what was recorded, all of it, and nothing else: counts, names,
// quotes, decisions, follow-ups and programme facts in both languages, with honest provenance.
import { describe, expect, it } from "vitest";
import type { TLocale } from "@/i18n/locales";
import { formatDayInFull } from "@/lib/format/date";
import type { TMeetingRecord } from "@/lib/minutes/record-schema";
import { composeSummary } from "@/lib/summary/compose";
import type { TSummary, TSummaryParagraphKind } from "@/lib/summary/types";
import { buildMeetingRecord } from "@/tests/fixtures/meeting-record";

/** Read after the meeting (10 December 2026), so it is reported as held. */
const compose = (record: TMeetingRecord, locale: TLocale) =>
  composeSummary(record, locale, { now: new Date("2027-01-15T00:00:00Z") });

/** The fixture with distinctive counts, so a wrong statistic cannot pass by coincidence. */
function meetingRecord(): TMeetingRecord {
  const record = buildMeetingRecord();
  record.attendance.stats = {
    ...record.attendance.stats,
    participants: 52,
    ministries: 9,
    organisations: 14,
    invited: 77,
  };
  return record;
}
const variant = (mutate: (r: TMeetingRecord) => void) => {
  const record = meetingRecord();
  mutate(record);
  return record;
};
const sentencesOf = (s: TSummary) => s.paragraphs.flatMap((p) => p.sentences);
const textOf = (s: TSummary) => [s.title, ...sentencesOf(s).map((x) => x.text)].join("\n");
const kinds = (s: TSummary) => s.paragraphs.map((p) => p.kind);
const paragraphText = (s: TSummary, kind: TSummaryParagraphKind) =>
  s.paragraphs
    .filter((p) => p.kind === kind)
    .flatMap((p) => p.sentences.map((x) => x.text))
    .join(" ");
/** Recorded text as a sentence carries it: whitespace tidied, no closing full stop of its own. */
const asWritten = (text: string) => text.replace(/\s+/g, " ").trim().replace(/\.$/, "");

function expectClean(summary: TSummary) {
  for (const { text, fields } of sentencesOf(summary)) {
    expect(fields.length, text).toBeGreaterThan(0);
    expect(text).not.toMatch(/\bnull\b|\bundefined\b|NaN|\[object/);
    expect(text).not.toMatch(/\(\s*\)|“\s*”|\s{2}|\s[,.;:]|,\s*[,.]|\.\.|^\s|\s$/);
    expect(text).not.toMatch(/\b(at|with|on|by|of the|from|di|bersama|pada|oleh|dari)[,.]/);
    expect(text).toMatch(/[.?!]$/);
  }
}

function resolve(record: unknown, path: string): unknown {
  return path
    .split(/[.[\]]+/)
    .filter(Boolean)
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key] ?? null, record);
}

describe("composeSummary — English", () => {
  const record = meetingRecord();
  const summary = compose(record, "en");
  const text = textOf(summary);

  it("opens like the news-style example: agency, partners, ordinal meeting, programme, date, venue, counts", () => {
    expect(summary.paragraphs[0].kind).toBe("lead");
    expect(paragraphText(summary, "lead")).toBe(
      "The Ministry of National Development Planning (Bappenas), with the United Nations Development " +
        "Programme (UNDP) and the United Nations Children's Fund (UNICEF), held the third Programme " +
        "Steering Committee meeting of the Joint Programme on Gender-Responsive Social Protection " +
        "(JP GRSP) on Thursday, 10 December 2026 " +
        "at Room Saleh Afiff, Bappenas Building, Jl. Taman Suropati 2, Jakarta. The meeting, attended by " +
        "52 participants from 9 ministries, was convened to review progress in 2026 and endorse the work plan for 2027.",
    );
    expect(summary.title).toBe("Third Programme Steering Committee meeting of the JP GRSP");
  });

  it("names the co-chairs with their positions and capacities", () => {
    const coChairs = paragraphText(summary, "coChairs");
    expect(coChairs).toBe(
      "The meeting was co-chaired by Participant 01 Bappenas of Bappenas, as representative of the " +
        "Government, and Participant 06 UNDP, Director 6 of UNDP, as UN Resident Coordinator a.i.",
    );
  });

  it("reports every remark in order, with its speaker, summary and quote, and the verb of its kind", () => {
    const remarks = summary.paragraphs.filter((p) => p.kind === "remarks");
    expect(remarks).toHaveLength(record.remarks.length);
    record.remarks.forEach((remark, i) => {
      const said = remarks[i].sentences.map((s) => s.text).join(" ");
      expect(said.startsWith(remark.speaker.name)).toBe(true);
      expect(said).toContain(asWritten(remark.summary));
      if (remark.quote) expect(said).toContain(`“${asWritten(remark.quote)},” said ${remark.speaker.name}.`);
      else expect(said).not.toContain("“");
    });
    expect(remarks[0].sentences[0].text).toContain("opened the meeting");
    expect(remarks.at(-1)?.sentences[0].text).toContain("closed the meeting");
    // Kemenkes is first mentioned here: in full, with its acronym.
    expect(remarks[1].sentences[0].text).toContain(
      "Director 2 of the Ministry of Health (Kemenkes), responded that Remark 2",
    );
    // A directorate's person is named by the ministry, now by its acronym alone.
    expect(remarks[2].sentences[0].text).toMatch(/^Participant 03 CSO, Director 3 of Kemenkes, said that/);
  });

  it("lists the decisions with their numbers and recorded text", () => {
    expect(paragraphText(summary, "decisions")).toBe(
      "The committee took 2 decisions. Decision 1: The committee endorsed item 1 of the work plan. " +
        "Decision 2: The committee endorsed item 2 of the work plan.",
    );
  });

  it("lists the follow-ups with title, owner and due date", () => {
    const followUps = paragraphText(summary, "followUps");
    expect(followUps).toContain("2 follow-up actions");
    for (const action of record.actionItems) {
      expect(followUps).toContain(`“${action.title}”, due on ${formatDayInFull(action.dueDate!, "en")}`);
      if (action.ownerPerson) expect(followUps).toContain(action.ownerPerson);
      expect(followUps).toContain(action.ownerOrganisation!.acronym!);
    }
    expect(followUps).toContain("due on 15 January 2027");
  });

  it("closes with the programme facts: fund, country, duration, start, SDGs and framework", () => {
    expect(paragraphText(summary, "programme")).toBe(
      "The JP GRSP, funded by the Joint SDG Fund, is implemented in Indonesia. The programme strengthens " +
        "social protection for women and children. The programme runs for 24 months from 1 March 2024. " +
        "The programme contributes to SDGs 1, 5 and 10. The programme supports the RPJMN 2020–2024.",
    );
    expect(kinds(summary).at(-1)).toBe("programme");
  });

  it("prints no number that was not recorded", () => {
    const recordedText = [
      record.programme.title,
      record.programme.nationalFramework,
      ...record.coChairs.flatMap((c) => [c.name, c.position, c.capacity]),
      ...record.remarks.flatMap((r) => [r.summary, r.quote, r.speaker.name, r.speaker.position]),
      ...record.decisions.map((d) => d.text),
      ...record.actionItems.flatMap((a) => [a.title, a.ownerPerson]),
      record.meeting.purpose,
      record.meeting.venueAddress,
    ].join(" ");
    const allowed = new Set([
      ...(recordedText.match(/\d+/g) ?? []).map(Number),
      52, // participants
      9, // ministries
      3, // sequence number
      10, // meeting day
      2026,
      2024, // programme start year; its day is 1
      24, // duration
      ...record.programme.sdgGoals,
      ...record.decisions.map((d) => d.number),
      record.decisions.length,
      record.actionItems.length,
      ...record.actionItems.flatMap((a) => a.dueDate!.split("-").map(Number)),
    ]);
    const printed = (text.match(/\d+/g) ?? []).map(Number);
    expect(printed.length).toBeGreaterThan(10);
    for (const n of printed) expect(allowed, `${n} was not recorded`).toContain(n);
    expect(printed).not.toContain(77); // invited: not a fact the summary states
    expect(printed).not.toContain(14); // organisations: ministries are named instead
  });

  it("lists as provenance only fields that exist, whose value the sentence shows", () => {
    for (const { text, fields } of sentencesOf(summary)) {
      for (const field of fields) {
        const value = resolve(record, field);
        expect(value, `${field} in "${text}"`).not.toBeNull();
        if (/\.kind$|sequenceNumber$/.test(field)) continue; // shown in words
        if (field === "meeting.startsAt") expect(text).toContain("Thursday, 10 December 2026");
        else if (/dueDate$|startDate$/.test(field))
          expect(text).toContain(formatDayInFull(String(value), "en"));
        else if (field === "programme.sdgGoals")
          for (const goal of value as number[]) expect(text).toMatch(new RegExp(`\\b${goal}\\b`));
        else if (typeof value === "number") expect(text).toMatch(new RegExp(`\\b${value}\\b`));
        // The description continues "The programme …": its first letter is lower-cased.
        else if (field === "programme.description")
          expect(text.toLowerCase()).toContain(asWritten(String(value)).toLowerCase());
        else if (typeof value === "string") expect(text, field).toContain(asWritten(value));
        else expect((value as unknown[]).length).toBeGreaterThan(0);
      }
    }
  });

  it("writes clean sentences", () => expectClean(summary));
});

describe("composeSummary — Bahasa Indonesia", () => {
  const record = meetingRecord();
  const summary = compose(record, "id");

  it("uses Indonesian words, the Indonesian date and an Indonesian ordinal", () => {
    expect(paragraphText(summary, "lead")).toBe(
      "Ministry of National Development Planning (Bappenas), bersama United Nations Development " +
        "Programme (UNDP) dan United Nations Children's Fund (UNICEF), menyelenggarakan Rapat Komite Pengarah Program ketiga " +
        "Joint Programme on Gender-Responsive Social Protection (JP GRSP) pada Kamis, 10 Desember 2026 " +
        "di Room Saleh Afiff, Bappenas Building, Jl. Taman Suropati 2, Jakarta. Rapat yang dihadiri oleh " +
        "52 peserta dari 9 kementerian ini diselenggarakan untuk “review progress in 2026 and endorse the work plan for 2027”.",
    );
    expect(paragraphText(summary, "coChairs")).toMatch(/^Rapat ini dipimpin bersama oleh .* sebagai /);
    expect(paragraphText(summary, "decisions")).toMatch(/^Komite mengambil 2 keputusan\. Keputusan 1: /);
    expect(paragraphText(summary, "followUps")).toContain("dengan tenggat 15 Januari 2027");
    expect(paragraphText(summary, "programme")).toContain("(SDGs) 1, 5, dan 10.");
    expect(paragraphText(summary, "programme")).toContain("selama 24 bulan sejak 1 Maret 2024");
  });

  it("keeps the English wording out (recorded English text aside)", () => {
    const ours = textOf(summary);
    for (const english of [
      "participants",
      " held the ",
      " said that",
      "co-chaired",
      "is responsible",
      "The programme",
      "Thursday",
      "December",
    ])
      expect(ours).not.toContain(english);
    expect(ours).toContain("ujar Participant 01 Bappenas.");
    expectClean(summary);
  });
});

type TBlank = [name: string, blank: (r: TMeetingRecord) => void, gone: string[]];

describe("composeSummary — what was not recorded is not said", () => {
  it.each<TBlank>([
    [
      "venue",
      (r) => void Object.assign(r.meeting, { venueBuilding: null, venueRoom: " ", venueAddress: null }),
      ["Saleh Afiff", "Suropati"],
    ],
    ["fund", (r) => void (r.programme.fund = null), ["Joint SDG Fund", "funded", "didanai"]],
    [
      "participating organisations",
      (r) => void (r.programme.participatingOrganisations = []),
      ["UNICEF", ", with", ", bersama"],
    ],
    ["purpose", (r) => void (r.meeting.purpose = null), ["review progress", "convened", "untuk"]],
    ["quotes", (r) => r.remarks.forEach((m) => void (m.quote = null)), ["“We will", ",” said", ",” ujar"]],
    [
      "duration and start",
      (r) => void Object.assign(r.programme, { durationMonths: null, startDate: null }),
      ["Mar 2024", " 24 ", "runs", "berjalan"],
    ],
    [
      "SDGs and framework",
      (r) => void Object.assign(r.programme, { sdgGoals: [], nationalFramework: "" }),
      ["SDGs", "RPJMN", "supports", "mendukung"],
    ],
  ])("no %s: its clause is gone without leftovers", (_name, mutate, gone) => {
    for (const locale of ["en", "id"] as const) {
      const summary = compose(variant(mutate), locale);
      for (const g of gone) expect(textOf(summary)).not.toContain(g);
      expectClean(summary);
    }
  });

  it("without a convening agency the lead starts with the meeting", () => {
    const record = variant((r) => (r.programme.conveningAgency = null));
    expect(paragraphText(compose(record, "en"), "lead")).toMatch(
      /^The third Programme Steering Committee meeting of the Joint Programme .* \(JP GRSP\), with the United Nations Development Programme \(UNDP\) and the United Nations Children's Fund \(UNICEF\), was held on Thursday, 10 December 2026 at Room/,
    );
    expect(paragraphText(compose(record, "id"), "lead")).toMatch(
      /^Rapat Komite Pengarah Program ketiga Joint .*, bersama United Nations Development Programme \(UNDP\) dan United Nations Children's Fund \(UNICEF\), diselenggarakan pada Kamis/,
    );
    expectClean(compose(record, "id"));
  });

  it("without attendance or co-chairs those parts are absent", () => {
    const record = variant((r) => {
      r.attendance.stats = { ...r.attendance.stats, participants: 0, ministries: 0, organisations: 0 };
      r.coChairs = [];
    });
    const en = compose(record, "en");
    expect(kinds(en)).not.toContain("coChairs");
    expect(paragraphText(en, "lead")).toContain(". The meeting was convened to review progress");
    expect(textOf(en)).not.toMatch(/attended|participant /);
    expectClean(en);
    expectClean(compose(record, "id"));
  });

  it("counts organisations when no ministry attended, and says chaired for one co-chair", () => {
    const record = variant((r) => {
      r.attendance.stats = { ...r.attendance.stats, ministries: 0 };
      r.coChairs = r.coChairs.slice(0, 1);
    });
    expect(textOf(compose(record, "en"))).toContain("attended by 52 participants from 14 organisations,");
    expect(paragraphText(compose(record, "en"), "coChairs")).toMatch(/^The meeting was chaired by /);
    expect(paragraphText(compose(record, "id"), "coChairs")).toMatch(/^Rapat ini dipimpin oleh /);
  });

  it("drops the remarks, decisions and follow-ups paragraphs when none were recorded", () => {
    const record = buildMeetingRecord({ remarks: 0, decisions: 0, actions: 0 });
    for (const locale of ["en", "id"] as const) {
      const summary = compose(record, locale);
      expect(kinds(summary)).toEqual(["lead", "coChairs", "programme"]);
      expectClean(summary);
    }
  });

  it("drops an action's missing owner or due date", () => {
    const record = variant((r) => {
      Object.assign(r.actionItems[0], { ownerPerson: null, ownerOrganisation: null });
      r.actionItems[1].dueDate = null;
    });
    const followUps = paragraphText(compose(record, "en"), "followUps");
    expect(followUps).toContain("“Share revised budget table 1” is due on 15 January 2027.");
    expect(followUps).toContain("Kemenkes is responsible for “Share revised budget table 2”.");
  });
});

describe("composeSummary — recorded text as recorded", () => {
  it("keeps braces, apostrophes and question marks, and tidies only whitespace", () => {
    const record = variant((r) => {
      r.remarks[1].summary = "the budget {total} isn't   final yet?";
      r.remarks[2].quote = "Can we deliver by June?";
    });
    const text = textOf(compose(record, "en"));
    expect(text).toContain("responded that the budget {total} isn't final yet?");
    expect(text).not.toContain("?.");
    expect(text).toContain("“Can we deliver by June?” said Participant 03 CSO.");
  });

  it.each([
    [1, "first", "pertama"],
    [12, "twelfth", "kedua belas"],
    [20, "twentieth", "kedua puluh"],
    [21, "21st", "ke-21"],
    [22, "22nd", "ke-22"],
    [23, "23rd", "ke-23"],
    [111, "111th", "ke-111"],
  ])("meeting %i is the %s / %s", (n, en, id) => {
    const record = variant((r) => (r.meeting.sequenceNumber = n));
    expect(paragraphText(compose(record, "en"), "lead")).toContain(`held the ${en} Programme`);
    expect(paragraphText(compose(record, "id"), "lead")).toContain(`Pengarah Program ${id} Joint`);
  });
});
