// In-process timings of the generated documents for a meeting of 60 participants and 40 remarks:
// the news-style summary (goal ≤ 20 ms), the formal minutes as PDF and DOCX (≤ 300 ms each) and the
// diff of two versions of its minutes (≤ 50 ms), measured on the code alone, before the server
// starts, so the load test does not skew them.
import { performance } from "node:perf_hooks";
import { diffVersions } from "@/lib/minutes/diff";
import { renderMinutesDocx } from "@/lib/minutes/docx";
import { renderMinutesPdf } from "@/lib/minutes/pdf";
import { composeSummary } from "@/lib/summary/compose";
import { summaryToHtml, summaryToMarkdown } from "@/lib/summary/render";
import { buildMeetingRecord } from "../tests/fixtures/meeting-record";

export type TGenerationTiming = {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  goalMs: number;
  isMet: boolean;
};

const record = buildMeetingRecord({ attendees: 60, remarks: 40, decisions: 8, actions: 12 });

/** The next version of the same minutes: a remark reworded, one decision and one attendee dropped. */
const revised = buildMeetingRecord({ attendees: 60, remarks: 40, decisions: 8, actions: 12 });
revised.remarks[20] = { ...revised.remarks[20], summary: "Reworded after review." };
revised.decisions.pop();
revised.attendance.participants.pop();

const TASKS: { name: string; goalMs: number; runs: number; run: () => Promise<unknown> }[] = [
  {
    name: "summary en+id (compose, HTML, Markdown)",
    goalMs: 20,
    runs: 50,
    run: async () => {
      for (const locale of ["en", "id"] as const) {
        const summary = composeSummary(record, locale);
        summaryToHtml(summary);
        summaryToMarkdown(summary);
      }
    },
  },
  { name: "minutes PDF (id)", goalMs: 300, runs: 15, run: () => renderMinutesPdf(record, "id") },
  { name: "minutes DOCX (en)", goalMs: 300, runs: 15, run: () => renderMinutesDocx(record, "en") },
  {
    name: "minutes diff of two versions",
    goalMs: 50,
    runs: 50,
    run: async () => diffVersions({ number: 1, content: record }, { number: 2, content: revised }),
  },
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export async function measureGeneration(): Promise<TGenerationTiming[]> {
  const out: TGenerationTiming[] = [];
  for (const task of TASKS) {
    for (let i = 0; i < 3; i++) await task.run();
    const samples: number[] = [];
    for (let i = 0; i < task.runs; i++) {
      const t0 = performance.now();
      await task.run();
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    const round = (v: number) => Math.round(v * 10) / 10;
    const p95 = round(percentile(samples, 95));
    out.push({
      name: task.name,
      runs: task.runs,
      medianMs: round(percentile(samples, 50)),
      p95Ms: p95,
      goalMs: task.goalMs,
      isMet: p95 <= task.goalMs,
    });
  }
  return out;
}

export function formatGeneration(rows: TGenerationTiming[]): string {
  const lines = rows.map(
    (r) =>
      `${r.name.padEnd(42)} median ${String(r.medianMs).padStart(7)} ms   p95 ${String(r.p95Ms).padStart(7)} ms   goal ≤ ${r.goalMs} ms ${r.isMet ? "✓" : "✗"}`,
  );
  return ["document generation (60 participants, 40 remarks; in process):", ...lines].join("\n");
}
