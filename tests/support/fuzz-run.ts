// Runs one family of the fuzz test: `runs` generated inputs, each sent and its status counted. Every
// 5xx (or a throw, counted as 599) is collected with its input instead of stopping the run, so the
// report says how many there were; then fast-check replays the same seed with "no 5xx" as the
// property, to shrink the first one to a small counterexample (with the seed and path to replay it).
import fc from "fast-check";
import type { TOutcome } from "./fuzz-request";

export type TFamily<T> = {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  send: (input: T) => Promise<TOutcome>;
};

export type TFamilyReport = {
  name: string;
  runs: number;
  seed: number;
  ms: number;
  statuses: Map<number, number>;
  failures: { input: string; outcome: TOutcome }[];
  /** fast-check's report of the shrunk counterexample, when there was a failure. */
  counterexample?: string;
};

/** A 5xx, or what the handler threw (it never should: the route frame answers every error). */
async function outcomeOf<T>(family: TFamily<T>, input: T): Promise<TOutcome> {
  try {
    return await family.send(input);
  } catch (error) {
    return { status: 599, detail: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

const MAX_KEPT_FAILURES = 20;

/** fc.stringify, cut short: a counterexample with a 300 kB string is no help to read. */
export function printed(value: unknown, max = 600): string {
  const text = fc.stringify(value);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}

export async function runFamily<T>(family: TFamily<T>, runs: number, seed: number): Promise<TFamilyReport> {
  const report: TFamilyReport = { name: family.name, runs, seed, ms: 0, statuses: new Map(), failures: [] };
  let failureCount = 0;
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(family.arbitrary, async (input) => {
      const outcome = await outcomeOf(family, input);
      report.statuses.set(outcome.status, (report.statuses.get(outcome.status) ?? 0) + 1);
      if (outcome.status >= 500) {
        failureCount += 1;
        if (report.failures.length < MAX_KEPT_FAILURES)
          report.failures.push({ input: printed(input), outcome });
      }
    }),
    { numRuns: runs, seed },
  );
  report.ms = performance.now() - started;
  if (failureCount > 0) {
    // The same seed generates the same inputs: the first 5xx is found again, then shrunk.
    const details = await fc.check(
      fc.asyncProperty(family.arbitrary, async (input) => (await outcomeOf(family, input)).status < 500),
      { numRuns: runs, seed, interruptAfterTimeLimit: 120_000, markInterruptAsFailure: false },
    );
    const message = fc.defaultReportMessage(details) ?? "(the first failure did not recur on replay)";
    report.counterexample = message.length > 3000 ? `${message.slice(0, 3000)}… (cut)` : message;
  }
  return report;
}

export const fiveHundreds = (report: TFamilyReport) =>
  [...report.statuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);

/** The message of a failed family: how many 5xx, the first few inputs, fast-check's counterexample. */
export function failureMessage(report: TFamilyReport): string {
  const lines = [
    `${report.name}: ${fiveHundreds(report)} of ${report.runs} requests answered 5xx (seed ${report.seed})`,
    ...report.failures
      .slice(0, 3)
      .flatMap((f, i) => [
        `  #${i + 1} status ${f.outcome.status}: ${f.input}`,
        `     answer: ${(f.outcome.detail ?? "").slice(0, 400)}`,
      ]),
    report.counterexample ?? "",
  ];
  return lines.join("\n");
}
