// Reading and writing the people CSV: what the secretariat sees when a spreadsheet has mistakes.
import { describe, expect, it } from "vitest";
import { parsePeopleCsv, toPeopleCsv } from "@/lib/person/csv";
import { parseLanguage } from "@/lib/person/language";
import { parseSex } from "@/lib/person/sex";

const HEADER = "name,position,organisation,email,sex";

describe("parseSex", () => {
  it.each([
    ["female", "FEMALE"],
    ["Perempuan", "FEMALE"],
    ["P", "FEMALE"],
    ["MALE", "MALE"],
    ["laki-laki", "MALE"],
    ["Laki  Laki", "MALE"],
    ["L", "MALE"],
    ["prefer not to say", "PREFER_NOT_TO_SAY"],
    ["Tidak ingin menyebutkan", "PREFER_NOT_TO_SAY"],
    ["", null],
    ["  ", null],
  ])("reads %j as %j", (word, sex) => {
    expect(parseSex(word)).toBe(sex);
  });

  it("does not guess at unknown words", () => {
    expect(parseSex("yes")).toBeUndefined();
  });
});

describe("parseLanguage", () => {
  it.each([
    ["en", "en"],
    ["English", "en"],
    ["ID", "id"],
    ["Bahasa Indonesia", "id"],
    ["bahasa  indonesia", "id"],
    ["Indonesian", "id"],
    ["", null],
  ])("reads %j as %j", (word, language) => {
    expect(parseLanguage(word)).toBe(language);
  });

  it("does not guess at unknown words", () => {
    expect(parseLanguage("Javanese")).toBeUndefined();
  });
});

describe("parsePeopleCsv", () => {
  it("reads valid rows with row numbers as in the file (header = row 1), skipping blank lines", () => {
    const csv = [HEADER, "Siti Rahma,Director,Bappenas,Siti@Example.org,perempuan", "", "Budi,,,,"].join(
      "\n",
    );
    const { people, errors } = parsePeopleCsv(csv);
    expect(errors).toEqual([]);
    expect(people).toEqual([
      {
        row: 2,
        name: "Siti Rahma",
        position: "Director",
        organisation: "Bappenas",
        email: "siti@example.org",
        sex: "FEMALE",
        language: null,
      },
      { row: 4, name: "Budi", position: null, organisation: null, email: null, sex: null, language: null },
    ]);
  });

  it("names the row and field of a missing name, a bad e-mail and an unknown sex", () => {
    const csv = [
      HEADER,
      "Ani,,,ani@example.org,",
      ",Officer,,x@example.org,",
      "Joko,,,not-an-email,",
      "Dewi,,,,maybe",
    ].join("\r\n");
    const { people, errors } = parsePeopleCsv(csv);
    expect(people.map((p) => p.row)).toEqual([2]);
    expect(errors).toEqual([
      expect.objectContaining({ row: 3, field: "name", key: "people.errors.nameRequired" }),
      { row: 4, field: "email", key: "errors.field.invalidEmail" },
      { row: 5, field: "sex", key: "people.errors.import.sexUnknown", params: { value: "maybe" } },
    ]);
  });

  it("reads the language column in English or Bahasa Indonesia, and names a language it does not know", () => {
    const csv = [
      `${HEADER},language`,
      "Ani,,,,,Bahasa Indonesia",
      "Budi,,,,,english",
      "Citra,,,,,",
      "Dedi,,,,,Klingon",
    ].join("\n");
    const { people, errors } = parsePeopleCsv(csv);
    expect(people.map((p) => [p.name, p.language])).toEqual([
      ["Ani", "id"],
      ["Budi", "en"],
      ["Citra", null],
    ]);
    expect(errors).toEqual([
      {
        row: 5,
        field: "language",
        key: "people.errors.import.languageUnknown",
        params: { value: "Klingon" },
      },
    ]);
  });

  it("reports an e-mail used twice in the file on the later row, naming the first", () => {
    const csv = [HEADER, "A,,,same@example.org,", "B,,,other@example.org,", "C,,,SAME@example.org,"].join(
      "\n",
    );
    const { people, errors } = parsePeopleCsv(csv);
    expect(people.map((p) => p.row)).toEqual([2, 3]);
    expect(errors).toEqual([
      { row: 4, field: "email", key: "people.errors.import.sameEmail", params: { row: 2 } },
    ]);
  });

  it("accepts columns in any order, Indonesian headers and a byte-order mark", () => {
    const csv = "\uFEFFJenis kelamin,Nama,Organisasi,Bahasa\nLaki-laki,Agus,KLHK,Indonesia\n";
    expect(parsePeopleCsv(csv).people).toEqual([
      {
        row: 2,
        name: "Agus",
        position: null,
        organisation: "KLHK",
        email: null,
        sex: "MALE",
        language: "id",
      },
    ]);
  });

  it("refuses a file without a name column on row 1", () => {
    expect(parsePeopleCsv("email\nx@example.org").errors).toEqual([
      { row: 1, field: "name", key: "people.errors.import.headerMissingName" },
    ]);
  });

  it("counts a quoted multi-line cell as one row", () => {
    const csv = `${HEADER}\n"Rina","Head of\nUnit",,,\nTono,,,bad,`;
    expect(parsePeopleCsv(csv).errors).toEqual([expect.objectContaining({ row: 3, field: "email" })]);
  });
});

describe("toPeopleCsv", () => {
  const people = [
    {
      name: "Siti, Rahma",
      position: 'Director "A"',
      organisation: "Ministry of X",
      email: "s@example.org",
      sex: "FEMALE" as const,
      language: "id" as const,
    },
    {
      name: '=HYPERLINK("x")',
      position: null,
      organisation: null,
      email: null,
      sex: null,
      language: "en" as const,
    },
  ];

  it("writes the import's columns and round-trips through the parser", () => {
    const csv = toPeopleCsv(people);
    expect(csv.split("\r\n")[0]).toBe(`${HEADER},language`);
    const { people: back, errors } = parsePeopleCsv(csv);
    expect(errors).toEqual([]);
    expect(back.map((p) => ({ ...p, row: undefined }))).toEqual(
      people.map((p) => ({ ...p, row: undefined })),
    );
  });

  it("keeps spreadsheet formulas from running when the export is opened", () => {
    expect(toPeopleCsv(people)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
