// Where the server's CPU goes (`npm run bench -- --profile`): the server runs with V8's sampling
// profiler (`node --cpu-prof`), and its profile is read back here. Only the samples taken while
// routes were loaded count (V8's sample times and this process's hrtime read the same monotonic
// clock). Each sample's function is traced through the build's source maps to the file it came from,
// and so to a package ("next", "react-dom", "@prisma/client", …), the app's own code, Node.js, or
// V8's garbage collector.
import fs from "node:fs";
import path from "node:path";
import { SourceMapConsumer, type RawSourceMap } from "source-map-js";

type TCallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type TProfileNode = { id: number; callFrame: TCallFrame };
type TCpuProfile = {
  nodes: TProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
};

export type TProfileShare = { name: string; ms: number; share: number };
export type TProfileSummary = {
  /** Milliseconds of CPU sampled inside the window (idle excluded). */
  sampledMs: number;
  byPackage: TProfileShare[];
  topFunctions: (TProfileShare & { where: string })[];
};

/** The window to count, in microseconds of the monotonic clock (as V8 stamps its samples). */
export const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

const consumers = new Map<string, SourceMapConsumer | null>();

/** The source map beside a built file (`x.js.map`), parsed once; null when there is none. */
function consumerFor(file: string): SourceMapConsumer | null {
  if (consumers.has(file)) return consumers.get(file) ?? null;
  let consumer: SourceMapConsumer | null = null;
  try {
    const raw = JSON.parse(fs.readFileSync(`${file}.map`, "utf8")) as RawSourceMap & {
      sections?: unknown;
    };
    // Index maps (with sections) are flattened by source-map-js's constructor too.
    consumer = new SourceMapConsumer(raw);
  } catch {
    consumer = null;
  }
  consumers.set(file, consumer);
  return consumer;
}

/** "next", "@prisma/client", … from a path inside node_modules (the last one). */
function packageOf(source: string): string | null {
  const at = source.lastIndexOf("node_modules/");
  if (at < 0) return null;
  const parts = source.slice(at + "node_modules/".length).split("/");
  const isScoped = parts[0].startsWith("@") && parts.length > 2;
  const name = isScoped ? `${parts[0]}/${parts[1]}` : parts[0];
  // Next.js ships React and other packages precompiled inside itself.
  if (name === "next" && parts[1] === "dist" && parts[2] === "compiled") {
    const inner = parts[3]?.startsWith("@") ? `${parts[3]}/${parts[4]}` : parts[3];
    if (inner && inner !== "next-server") return `${inner} (in next)`;
  }
  return name;
}

/** Where a sampled function's code came from: its original file when a source map says so. */
function origin(frame: TCallFrame): { group: string; where: string } {
  const { url, functionName, lineNumber, columnNumber } = frame;
  if (!url) {
    // V8's and libuv's own work: the collector, writes to sockets, microtask runs, "(program)".
    const name = functionName || "(anonymous)";
    return {
      group: name === "(garbage collector)" ? "garbage collection" : "native (V8, libuv)",
      where: name,
    };
  }
  if (url.startsWith("node:")) return { group: "node.js", where: url };
  const file = url.startsWith("file://") ? new URL(url).pathname : url;
  let source = file;
  let line = lineNumber + 1;
  const consumer = consumerFor(file);
  if (consumer) {
    const position = consumer.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
    if (position.source) {
      source = decodeURIComponent(position.source);
      line = position.line ?? line;
    }
  }
  source = source
    .replace(/^turbopack:\/\/\/?/, "")
    .replace(/^\[project\]\//, "")
    // Next.js's precompiled files name their sources webpack://next/…, and its runtime [turbopack]/….
    .replace(/^webpack:\/\/(?:_N_E\/)?/, "node_modules/")
    .replace(/^\[turbopack\]\//, "node_modules/next/turbopack-runtime/");
  if (!source.startsWith("/") && !source.startsWith("node_modules/") && source !== file)
    source = path.resolve(path.dirname(file), source);
  const pkg = packageOf(source);
  if (pkg) return { group: pkg, where: `${source.slice(source.lastIndexOf("node_modules/") + 13)}:${line}` };
  const relative = path.isAbsolute(source) ? path.relative(process.cwd(), source) : source;
  const top = relative.split("/")[0];
  const group = ["app", "lib", "components", "i18n", "messages", "proxy.ts"].includes(top)
    ? "app code"
    : relative.startsWith(".next/")
      ? "build output (no source map)"
      : relative;
  return { group, where: `${relative}:${line}` };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Reads every .cpuprofile in `dir` and sums its samples inside [fromUs, toUs]. */
export function summariseProfiles(dir: string, fromUs: number, toUs: number, top = 15): TProfileSummary {
  const byGroup = new Map<string, number>();
  const byFunction = new Map<string, { ms: number; where: string; group: string; name: string }>();
  let total = 0;
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as TCpuProfile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const origins = new Map<number, { group: string; where: string }>();
    let t = profile.startTime;
    for (let i = 0; i < profile.samples.length; i += 1) {
      t += profile.timeDeltas[i];
      // A sample stands for the time until the next one.
      const span = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      if (t < fromUs || t > toUs || span <= 0) continue;
      const node = nodes.get(profile.samples[i]);
      if (!node || node.callFrame.functionName === "(idle)") continue;
      let o = origins.get(node.id);
      if (!o) {
        o = origin(node.callFrame);
        origins.set(node.id, o);
      }
      total += span;
      byGroup.set(o.group, (byGroup.get(o.group) ?? 0) + span);
      const fn = node.callFrame.functionName || "(anonymous)";
      const key = `${fn} ${o.where}`;
      const entry = byFunction.get(key) ?? { ms: 0, where: o.where, group: o.group, name: fn };
      entry.ms += span;
      byFunction.set(key, entry);
    }
  }
  const share = (ms: number) => (total > 0 ? round((ms / total) * 100) : 0);
  return {
    sampledMs: Math.round(total),
    byPackage: [...byGroup.entries()]
      .map(([name, ms]) => ({ name, ms: Math.round(ms), share: share(ms) }))
      .sort((a, b) => b.ms - a.ms),
    topFunctions: [...byFunction.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top)
      .map((f) => ({
        name: `${f.name} [${f.group}]`,
        where: f.where,
        ms: Math.round(f.ms),
        share: share(f.ms),
      })),
  };
}

/** The summary as text: packages above 0.5 %, then the top functions. */
export function formatProfile(label: string, summary: TProfileSummary): string {
  const lines = [`CPU profile of ${label}: ${summary.sampledMs} ms sampled while loading routes`];
  lines.push("  by package:");
  for (const p of summary.byPackage.filter((p) => p.share >= 0.5))
    lines.push(`    ${p.share.toFixed(1).padStart(5)} %  ${p.name}`);
  lines.push("  top functions (self time):");
  for (const f of summary.topFunctions)
    lines.push(`    ${f.share.toFixed(1).padStart(5)} %  ${f.name}  ${f.where}`);
  return lines.join("\n");
}

// `npx tsx bench/profile.ts DIR`: the summary of the profiles kept in DIR, over their whole length.
if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: npx tsx bench/profile.ts bench/results/<run>-profile");
    process.exit(2);
  }
  const top = Number(process.argv[3] ?? 15);
  console.log(formatProfile(dir, summariseProfiles(dir, 0, Number.POSITIVE_INFINITY, top)));
}
