// Golden files: the whole text of the summary and of the minutes, per language, for a meeting
// recorded in full (with the Indonesian wording of every bilingual field) and one with most fields
// missing (tests/fixtures/golden-meetings.ts). Any change in wording shows here, to be reviewed:
// after a deliberate change, `UPDATE_GOLDEN=1 npx vitest run tests/unit/golden-documents.test.ts`
// rewrites the files in tests/fixtures/golden/ and git diff shows what the readers will see.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TLocale } from "@/i18n/locales";
import { runsText, type TMinutesOutline } from "@/lib/minutes/minutes-outline-types";
import { buildMinutesOutline } from "@/lib/minutes/outline";
import { composeSummary } from "@/lib/summary/compose";
import { summaryToPlainText } from "@/lib/summary/render";
import { completeMeeting, sparseMeeting } from "../fixtures/golden-meetings";

const DIR = path.join(__dirname, "../fixtures/golden");
// After both meetings, so each is reported as held.
const NOW = new Date("2026-06-01T00:00:00Z");

/** The minutes as a reader meets them, one block per line (a table row's cells joined by " | "). */
function minutesText(o: TMinutesOutline): string {
  const lines = [o.header.programme, o.header.title, o.header.meeting];
  for (const f of o.header.facts) lines.push(`${f.label}: ${f.value}`);
  for (const s of o.sections) {
    lines.push("", `## ${s.heading}`);
    for (const b of s.blocks) {
      if (b.kind === "subheading") lines.push(`### ${b.text}`);
      else if (b.kind === "paragraph") lines.push(runsText(b.runs));
      else if (b.kind === "list") for (const i of b.items) lines.push(`${i.marker} ${runsText(i.runs)}`);
      else {
        lines.push(b.columns.map((c) => c.header).join(" | "));
        for (const row of b.rows) lines.push(row.map((cell) => cell.replace(/\n/g, " / ")).join(" | "));
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

function golden(name: string, text: string) {
  const file = path.join(DIR, name);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(file, text);
  expect(existsSync(file), `${name} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(text).toBe(readFileSync(file, "utf8"));
}

const MEETINGS = { complete: completeMeeting, sparse: sparseMeeting };
const LOCALES: TLocale[] = ["en", "id"];

describe("golden documents", () => {
  for (const [name, meeting] of Object.entries(MEETINGS)) {
    for (const locale of LOCALES) {
      it(`the summary of the ${name} meeting in ${locale} reads as written`, () => {
        golden(
          `${name}.summary.${locale}.txt`,
          summaryToPlainText(composeSummary(meeting(), locale, { now: NOW })),
        );
      });
      it(`the minutes of the ${name} meeting in ${locale} read as written`, () => {
        golden(`${name}.minutes.${locale}.txt`, minutesText(buildMinutesOutline(meeting(), locale)));
      });
    }
  }
});
