// The naming rules of docs/naming.md as pure functions: which organisation a person is named by,
// when a position already names it, full name with acronym at first mention, a co-chair's capacity
// said once, how a programme title and its description are put into a sentence.
import { describe, expect, it } from "vitest";
import {
  containsTerm,
  createMentions,
  joinsWithComma,
  namesOrganisation,
  positionAndCapacity,
  programmeNameForm,
  takesArticle,
  topLevelOrganisation,
  withoutLeadingArticle,
} from "@/lib/format/naming";
import { programmeAim } from "@/lib/format/programme-aim";
import type { TOrgRef } from "@/lib/minutes/record-schema";

const KEMENKES: TOrgRef = { name: "Ministry of Health", acronym: "Kemenkes" };
const DG: TOrgRef = { name: "Directorate-General of Public Health", acronym: null, parent: KEMENKES };
const DIRECTORATE: TOrgRef = { name: "Directorate of Community Nutrition", acronym: null, parent: DG };
const UNDP: TOrgRef = { name: "United Nations Development Programme", acronym: "UNDP" };

describe("the organisation a person is named by", () => {
  it("is the top of the chain: a directorate's ministry, however deep", () => {
    expect(topLevelOrganisation(DIRECTORATE)).toEqual({ org: KEMENKES, path: ".parent.parent" });
    expect(topLevelOrganisation(DG)).toEqual({ org: KEMENKES, path: ".parent" });
    expect(topLevelOrganisation(KEMENKES)).toEqual({ org: KEMENKES, path: "" });
  });
});

describe("a position that already names the organisation", () => {
  it.each([
    ["Director of the Ministry of Health", KEMENKES, true],
    ["Secretary-General, ministry of health", KEMENKES, true],
    ["Head of Office, UNDP", UNDP, true],
    ["undp Resident Representative", UNDP, true],
    ["Kepala Biro Perencanaan Kemenkes", KEMENKES, true],
    ["Director of Community Nutrition", KEMENKES, false],
    ["Deputy Resident Representative", UNDP, false],
  ])("%s names %o: %s", (position, org, expected) => {
    expect(namesOrganisation(position, org)).toBe(expected);
  });

  it("matches whole words only", () => {
    expect(containsTerm("Undersecretary for Planning", "UN")).toBe(false);
    expect(containsTerm("Head of the UN Office", "UN")).toBe(true);
    expect(containsTerm("Head, UNDPX Unit", "UNDP")).toBe(false);
    expect(containsTerm("Kementerian PPN/Bappenas", "Bappenas")).toBe(true);
  });

  it("joins with a comma when the position has a preposition of its own", () => {
    expect(joinsWithComma("Director of Community Nutrition")).toBe(true);
    expect(joinsWithComma("Deputy Minister for Population")).toBe(true);
    expect(joinsWithComma("Director 2")).toBe(false);
    expect(joinsWithComma("Officer")).toBe(false);
  });
});

describe("first mention", () => {
  it("gives the full name with the acronym once, then the acronym alone", () => {
    const mentions = createMentions();
    expect(mentions.mention(KEMENKES)?.text).toBe("Ministry of Health (Kemenkes)");
    expect(mentions.mention(UNDP)?.text).toBe("United Nations Development Programme (UNDP)");
    expect(mentions.mention(KEMENKES)?.text).toBe("Kemenkes");
    expect(mentions.mention({ ...KEMENKES })?.shows).toEqual(["acronym"]);
    // Another document starts again.
    expect(createMentions().mention(KEMENKES)?.text).toBe("Ministry of Health (Kemenkes)");
  });

  it("gives the full name every time when there is no acronym", () => {
    const mentions = createMentions();
    for (let i = 0; i < 2; i += 1) expect(mentions.mention(DG)?.text).toBe(DG.name);
  });

  it("puts 'the' before a full name that takes one, never before an acronym", () => {
    const mentions = createMentions();
    expect(mentions.mention(KEMENKES)?.takesArticle).toBe(true);
    expect(mentions.mention(KEMENKES)?.takesArticle).toBe(false);
    expect(takesArticle("World Food Programme")).toBe(true);
    expect(takesArticle("United Nations Children's Fund")).toBe(true);
    expect(takesArticle("Statistics Indonesia")).toBe(false);
    expect(takesArticle("UN Women")).toBe(false);
    expect(takesArticle("The Asia Foundation")).toBe(false);
  });
});

describe("a co-chair's capacity", () => {
  it("is dropped when the position already says it", () => {
    expect(positionAndCapacity("UN Resident Coordinator a.i.", "UN Resident Coordinator")).toEqual({
      position: "UN Resident Coordinator a.i.",
      capacity: null,
    });
    expect(positionAndCapacity("Deputy Minister", "as the Deputy Minister")).toEqual({
      position: "Deputy Minister",
      capacity: null,
    });
  });

  it("takes the place of a position it contains", () => {
    expect(
      positionAndCapacity("Resident Representative", "Resident Representative of UNDP, for the UN"),
    ).toEqual({
      position: null,
      capacity: "Resident Representative of UNDP, for the UN",
    });
  });

  it("keeps both when they differ, without its own 'as'/'selaku'", () => {
    expect(positionAndCapacity("Deputy Minister", "as representative of the Government")).toEqual({
      position: "Deputy Minister",
      capacity: "representative of the Government",
    });
    expect(positionAndCapacity(null, "selaku wakil Pemerintah").capacity).toBe("wakil Pemerintah");
  });
});

describe("a programme's title", () => {
  it.each([
    ["Joint Programme on Gender-Responsive Social Protection", "named"],
    ["SDG Acceleration Fund", "named"],
    ["JP GRSP", "named"],
    ["Project for Nutrition Resilience", "named"],
    ["Leaving No One Behind", "introduced"],
    ["Adaptive Social Protection in NTT", "introduced"],
  ] as const)("%s is %s", (title, form) => {
    expect(programmeNameForm(title)).toBe(form);
  });

  it("loses its own leading 'the' after a template's", () => {
    expect(withoutLeadingArticle("The Joint SDG Fund")).toBe("Joint SDG Fund");
    expect(withoutLeadingArticle("Thematic Fund")).toBe("Thematic Fund");
  });
});

describe("what the programme is for", () => {
  it.each([
    ["To strengthen social protection.", "en", { form: "aim", text: "strengthen social protection" }],
    ["Strengthens social protection.", "en", { form: "predicate", text: "strengthens social protection" }],
    [
      "A joint programme of UNDP and UNICEF",
      "en",
      { form: "is", text: "a joint programme of UNDP and UNICEF" },
    ],
    [
      "The programme links data. It started in 2024.",
      "en",
      { form: "asRecorded", text: "The programme links data. It started in 2024" },
    ],
    [
      "Provinces in eastern Indonesia receive support",
      "en",
      { form: "asRecorded", text: "Provinces in eastern Indonesia receive support" },
    ],
    ["Untuk memperkuat perlindungan sosial.", "id", { form: "aim", text: "memperkuat perlindungan sosial" }],
    ["Bertujuan untuk memperkuat data", "id", { form: "aim", text: "memperkuat data" }],
    ["Memperkuat perlindungan sosial", "id", { form: "predicate", text: "memperkuat perlindungan sosial" }],
    ["Merupakan program bersama", "id", { form: "is", text: "program bersama" }],
    // The other language's forms are not recognised: quoted as recorded.
    ["Strengthens social protection.", "id", { form: "asRecorded", text: "Strengthens social protection" }],
    ["Untuk memperkuat data", "en", { form: "asRecorded", text: "Untuk memperkuat data" }],
  ] as const)("%s (%s)", (description, locale, expected) => {
    expect(programmeAim(description, locale)).toEqual(expected);
  });

  it("is nothing when no description was recorded", () => {
    expect(programmeAim(null, "en")).toBeNull();
    expect(programmeAim("  . ", "id")).toBeNull();
  });
});
