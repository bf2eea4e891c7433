// The benchmark's output: a table on the console (throughput relative to the static page, so
// runs on different machines compare) and a JSON record in bench/results/ (git-ignored) with
// everything needed to compare runs later: dataset, machine, commit, settings and timings.
import type { TProfileSummary } from "./profile";
import type { TGenerationTiming } from "./generation";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TBenchConfig } from "./config";
import type { TRouteResult } from "./load";
import type { TSeedResult } from "./seed";

export const RESULTS_DIR = path.resolve(import.meta.dirname, "results");

export type TRouteOutcome = {
  name: string;
  path: string;
  auth: string;
  isBaseline: boolean;
  failed: boolean;
  /** Why the route failed (non-2xx, errors, or the pre-check), if it did. */
  failure?: string;
  result?: TRouteResult;
  /** 1-minute load average when the route's load ended (others' processes inflate it). */
  loadAverageAfter?: number;
  /** Requests per second relative to the baseline route. */
  ratioToBaseline?: number;
};

export type TReport = {
  startedAt: string;
  config: Omit<TBenchConfig, "serverUrl"> & { server: string };
  dataset: TSeedResult;
  machine: Record<string, unknown>;
  git: { commit: string | null; dirty: boolean | null };
  /** The Next.js build served at the start and at the end of the load (they should match). */
  build: { atStart: Record<string, string | null>; atEnd: Record<string, string | null> };
  timingsMs: Record<string, number>;
  routes: TRouteOutcome[];
  /** With --compare: every round of every route on both builds. */
  compared?: TComparedRoute[];
  /** With --profile: where each server's CPU went while routes were loaded ("A", "B"). */
  profiles?: Record<string, TProfileSummary>;
  /** In-process timings of the generated documents (bench/generation.ts). */
  generation: TGenerationTiming[];
  failed: boolean;
};

/** One route measured on each server (A: this checkout, B: --compare), every round. */
export type TComparedRoute = { name: string; bySide: Record<string, TRouteOutcome[]> };

/** The round with the median CPU per request (a failed one if any failed): what the table shows. */
export function medianRun(runs: TRouteOutcome[]): TRouteOutcome {
  const failed = runs.find((r) => r.failed);
  if (failed) return failed;
  const sorted = [...runs].sort(
    (a, b) => (a.result?.cpuMsPerRequest ?? Infinity) - (b.result?.cpuMsPerRequest ?? Infinity),
  );
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export const loadAverage = () => os.loadavg().map((l) => Math.round(l * 100) / 100);

export function machineInfo(loadAverageAtStart: number[]): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? null,
    totalMemoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    /** 1, 5 and 15-minute load averages before seeding and after the last route. */
    loadAverageAtStart,
    loadAverageAtEnd: loadAverage(),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    hostname: os.hostname(),
  };
}

export function gitInfo(): TReport["git"] {
  const git = (args: string[]) =>
    execFileSync("git", args, { cwd: path.dirname(RESULTS_DIR), stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  try {
    return { commit: git(["rev-parse", "HEAD"]), dirty: git(["status", "--porcelain"]).length > 0 };
  } catch {
    return { commit: null, dirty: null };
  }
}

export function withRatios(routes: TRouteOutcome[]): TRouteOutcome[] {
  const baseline = routes.find((r) => r.isBaseline && r.result && !r.failed)?.result?.requestsPerSecond;
  return routes.map((r) => ({
    ...r,
    ratioToBaseline: baseline && r.result ? r.result.requestsPerSecond / baseline : undefined,
  }));
}

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? "—" : v.toFixed(1));

export function formatTable(routes: TRouteOutcome[]): string {
  const header = [
    "route",
    "req/s",
    "CPU ms/req",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "bytes/resp",
    "errors/non-2xx",
    "vs static",
  ];
  const rows = routes.map((r) => {
    const x = r.result;
    return [
      r.name + (r.failed ? "  ✗ FAILED" : ""),
      x ? x.requestsPerSecond.toFixed(0) : "—",
      x?.cpuMsPerRequest == null ? "—" : x.cpuMsPerRequest.toFixed(1),
      ms(x?.latencyMs.p50),
      ms(x?.latencyMs.p95),
      ms(x?.latencyMs.p99),
      kilobytes(x?.bytesPerRequest),
      x ? `${x.errors}/${x.non2xx}` : "—",
      r.ratioToBaseline === undefined ? "—" : r.isBaseline ? "1.00" : r.ratioToBaseline.toFixed(3),
    ];
  });
  const out = aligned(header, rows);
  for (const r of routes) if (r.failure) out.push(`  ✗ ${r.name}: ${r.failure}`);
  return out.join("\n");
}

const kilobytes = (v: number | null | undefined) => (v == null ? "—" : `${(v / 1024).toFixed(1)} k`);

function aligned(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)];
}

/** Each build's median CPU ms/req (and the spread of its rounds), the ratio B/A, req/s and bytes. */
export function formatComparison(compared: TComparedRoute[]): string {
  const header = ["route", "A CPU ms/req", "B CPU ms/req", "B/A", "A req/s", "B req/s", "A bytes", "B bytes"];
  const cpu = (runs: TRouteOutcome[] | undefined) => {
    const values = (runs ?? []).map((r) => r.result?.cpuMsPerRequest).filter((v): v is number => v != null);
    if (values.length === 0) return "—";
    const median = medianRun(runs!).result?.cpuMsPerRequest ?? NaN;
    return values.length === 1
      ? median.toFixed(1)
      : `${median.toFixed(1)} (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
  };
  const rows = compared.map(({ name, bySide }) => {
    const a = bySide.A ? medianRun(bySide.A) : undefined;
    const b = bySide.B ? medianRun(bySide.B) : undefined;
    const ratio =
      a?.result?.cpuMsPerRequest && b?.result?.cpuMsPerRequest != null
        ? (b.result.cpuMsPerRequest / a.result.cpuMsPerRequest).toFixed(2)
        : "—";
    const failed = a?.failed || b?.failed ? "  ✗ FAILED" : "";
    return [
      name + failed,
      cpu(bySide.A),
      cpu(bySide.B),
      ratio,
      a?.result ? a.result.requestsPerSecond.toFixed(0) : "—",
      b?.result ? b.result.requestsPerSecond.toFixed(0) : "—",
      kilobytes(a?.result?.bytesPerRequest),
      kilobytes(b?.result?.bytesPerRequest),
    ];
  });
  return aligned(header, rows).join("\n");
}

/** Writes bench/results/<timestamp>.json and latest.json; returns the first path. */
export function writeReport(report: TReport): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, "-");
  const file = path.join(RESULTS_DIR, `${stamp}.json`);
  const json = JSON.stringify(report, null, 2) + "\n";
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(RESULTS_DIR, "latest.json"), json);
  return file;
}
