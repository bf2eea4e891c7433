#!/usr/bin/env node
// First-load JavaScript per route of the last `next build`, gzipped: what a browser downloads before
// a page is interactive. Next.js 16 no longer prints it, but writes each route's chunks to
// .next/diagnostics/route-bundle-stats.json; this sums them, gzipped as a server would send them.
//   npm run build && npm run first-load-js [-- --json]
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const ROOT = path.resolve(import.meta.dirname, "..");
const STATS = path.join(ROOT, ".next/diagnostics/route-bundle-stats.json");
const GOAL_KB = 130;

if (!fs.existsSync(STATS)) {
  console.error(`first-load-js: ${path.relative(ROOT, STATS)} is missing; run \`npm run build\` first.`);
  process.exit(2);
}

const gzipped = new Map();
function gzipSize(chunk) {
  let size = gzipped.get(chunk);
  if (size === undefined) {
    size = zlib.gzipSync(fs.readFileSync(path.join(ROOT, chunk)), { level: 9 }).length;
    gzipped.set(chunk, size);
  }
  return size;
}

const routes = JSON.parse(fs.readFileSync(STATS, "utf8"))
  .map((r) => ({
    route: r.route,
    raw: r.firstLoadUncompressedJsBytes,
    gzip: r.firstLoadChunkPaths.reduce((sum, chunk) => sum + gzipSize(chunk), 0),
  }))
  .sort((a, b) => b.gzip - a.gzip);

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(routes, null, 2));
} else {
  const kb = (n) => (n / 1024).toFixed(1);
  const width = Math.max(...routes.map((r) => r.route.length));
  console.log(`${"route".padEnd(width)}  gzip kB  raw kB  goal ≤ ${GOAL_KB} kB`);
  for (const r of routes) {
    const mark = r.gzip / 1024 <= GOAL_KB ? "✓" : "✗";
    console.log(`${r.route.padEnd(width)}  ${kb(r.gzip).padStart(7)}  ${kb(r.raw).padStart(6)}  ${mark}`);
  }
  const over = routes.filter((r) => r.gzip / 1024 > GOAL_KB).length;
  console.log(`\n${routes.length} routes, ${over} above ${GOAL_KB} kB gzipped.`);
}
