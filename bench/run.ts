// `npm run bench`: how fast are Notulen's pages and API on a realistic dataset? Builds (if needed)
// and serves the production build against a freshly seeded throwaway database, loads each route
// of bench/routes.ts with autocannon, prints a table and writes bench/results/*.json. The server
// is stopped and the database dropped on success, failure and Ctrl-C alike (--keep-db keeps it).
// Usage: npm run bench -- --help
import { randomBytes } from "node:crypto";
import os from "node:os";
import { authHeaders, credentials, type TCredentials } from "./auth";
import { parseConfig, USAGE, type TBenchConfig } from "./config";
import {
  benchDatabaseName,
  benchPool,
  createBenchDatabase,
  dropBenchDatabase,
  migrateBenchDatabase,
} from "./database";
import { formatGeneration, measureGeneration } from "./generation";
import { checkRoute, loadRoute, stopCurrentLoad } from "./load";
import {
  formatComparison,
  formatTable,
  gitInfo,
  loadAverage,
  machineInfo,
  medianRun,
  RESULTS_DIR,
  withRatios,
  writeReport,
  type TComparedRoute,
  type TReport,
  type TRouteOutcome,
} from "./report";
import { connectionsFor, resolvePath, selectRoutes, type TBenchRoute, type TRouteContext } from "./routes";
import { seedBenchDatabase } from "./seed";
import { formatProfile, monotonicMicros, summariseProfiles } from "./profile";
import { buildInfo, hasBuild, logTail, runBuild, startServer } from "./server";

const say = (msg: string) => console.log(`bench › ${msg}`);
const secs = (msValue: number) => `${(msValue / 1000).toFixed(1)} s`;

/** Things to undo, newest first; run once, on any exit path. */
const cleanups: { label: string; run: () => Promise<void> }[] = [];
let cleaning: Promise<void> | undefined;
let interrupted = false;

function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length > 0) {
      const step = cleanups.pop()!;
      try {
        await step.run();
      } catch (error) {
        console.error(`bench › cleanup "${step.label}" failed: ${(error as Error).message}`);
      }
    }
  })();
  return cleaning;
}

function onSignal(signal: NodeJS.Signals) {
  if (interrupted) return;
  interrupted = true;
  console.error(`\nbench › ${signal}: stopping the load, the server and dropping the database…`);
  stopCurrentLoad();
  void cleanUp().finally(() => process.exit(130));
}

async function timed<T>(timings: Record<string, number>, key: string, fn: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  try {
    return await fn();
  } finally {
    timings[key] = Date.now() - t0;
  }
}

/** One server under test: this checkout's build ("A"), or the --compare one ("B"). */
type TSide = { label: "A" | "B"; baseUrl: string; pid: number; creds: TCredentials };

/** The route's path with its records chosen (route.setup), once for every server and round. */
async function routePath(route: TBenchRoute, ctx: TRouteContext): Promise<string> {
  return resolvePath(route, route.setup ? await route.setup(ctx) : {});
}

async function benchRoute(
  route: TBenchRoute,
  path: string,
  side: TSide,
  config: TBenchConfig,
): Promise<TRouteOutcome> {
  const outcome: TRouteOutcome = {
    name: route.name,
    path,
    auth: route.auth,
    isBaseline: route.isBaseline ?? false,
    failed: false,
  };
  const options = {
    url: side.baseUrl + path,
    method: route.method ?? "GET",
    headers: authHeaders(route.auth, side.creds),
    body: route.body === undefined ? undefined : JSON.stringify(route.body),
    connections: connectionsFor(route, config.connections),
    duration: config.duration,
    warmup: config.warmup,
    serverPid: side.pid,
  };
  try {
    await checkRoute(options);
  } catch (error) {
    return { ...outcome, failed: true, failure: `pre-check: ${(error as Error).message}` };
  }
  const result = await loadRoute(options);
  outcome.result = result;
  outcome.loadAverageAfter = loadAverage()[0];
  if (result.non2xx > 0 || result.errors > 0 || result.requestsPerSecond === 0) {
    const codes = Object.entries(result.statusCodes)
      .map(([code, n]) => `${code}×${n}`)
      .join(", ");
    outcome.failed = true;
    outcome.failure = `${result.non2xx} non-2xx, ${result.errors} errors/timeouts (status codes: ${codes || "none"})`;
  }
  return outcome;
}

/**
 * The route on every server, `config.rounds` times, alternating which goes first (A B, B A, …) so a
 * drift of the machine's load falls on both alike; per server, the round with the median CPU.
 */
async function benchRouteOnAll(
  route: TBenchRoute,
  path: string,
  sides: TSide[],
  config: TBenchConfig,
): Promise<TComparedRoute> {
  const runs = new Map<TSide["label"], TRouteOutcome[]>(sides.map((side) => [side.label, []]));
  for (let round = 0; round < config.rounds && !interrupted; round++) {
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) {
      const outcome = await benchRoute(route, path, side, config);
      runs.get(side.label)!.push(outcome);
      if (outcome.failed) return { name: route.name, bySide: Object.fromEntries(runs) };
    }
  }
  return { name: route.name, bySide: Object.fromEntries(runs) };
}

async function main(config: TBenchConfig): Promise<number> {
  const startedAt = new Date();
  const timingsMs: Record<string, number> = {};
  const routes = selectRoutes(config.routeFilter);
  const loadAtStart = loadAverage();
  if (loadAtStart[0] > 0.5 * os.cpus().length)
    say(`warning: the machine is busy (load average ${loadAtStart[0]}): expect noisy numbers`);

  if (config.forceBuild || !hasBuild()) {
    say(config.forceBuild ? "building (--build)…" : "no production build (.next/BUILD_ID): building…");
    await timed(timingsMs, "build", runBuild);
  }

  say("timing document generation (summary, PDF, DOCX) in process…");
  const generation = await timed(timingsMs, "generation", measureGeneration);

  const name = benchDatabaseName();
  const database = await timed(timingsMs, "createDatabase", () =>
    createBenchDatabase(config.serverUrl, name),
  );
  cleanups.push({
    label: "drop database",
    run: async () => {
      if (config.keepDb) return say(`kept database ${database.url}`);
      await dropBenchDatabase(config.serverUrl, name);
      say(`dropped database ${name}`);
    },
  });
  await timed(timingsMs, "migrate", () => migrateBenchDatabase(database));
  say(`database ${name} created and migrated in ${secs(timingsMs.createDatabase + timingsMs.migrate)}`);

  const pool = benchPool(database);
  // Bounded: on Ctrl-C during the seed, pool.end() would wait for the seed's query to finish.
  cleanups.push({
    label: "close pool",
    run: () => Promise.race([pool.end(), new Promise<void>((r) => setTimeout(r, 2_000).unref())]),
  });
  const s = config.sizes;
  say(
    `seeding ${s.programmes} programmes, ${s.meetings} meetings, ${s.attendances} attendances, ` +
      `${s.remarks} remarks, ${s.actions} action items, ${s.people} people, ${s.organisations} organisations…`,
  );
  const dataset = await timed(timingsMs, "seed", () => seedBenchDatabase(pool, config.sizes));
  for (const w of dataset.warnings) say(`warning: ${w}`);
  say(`seeded in ${secs(timingsMs.seed)}: ${JSON.stringify(dataset.rowCounts)}`);

  const logFile = `${RESULTS_DIR}/${startedAt.toISOString().replace(/[:.]/g, "-")}-server.log`;
  const buildAtStart = buildInfo();
  const secret = randomBytes(32).toString("hex");
  const profileDirs = {
    A: logFile.replace(/-server\.log$/, "-profile"),
    B: logFile.replace(/-server\.log$/, "-profile-compare"),
  };
  const profileDir = (side: "A" | "B") => (config.profile ? profileDirs[side] : undefined);
  const server = await timed(timingsMs, "serverStart", () =>
    startServer({
      databaseUrl: database.url,
      logFile,
      poolSize: config.poolSize,
      secret,
      profileDir: profileDir("A"),
    }),
  );
  cleanups.push({ label: "stop server", run: server.stop });
  say(`next start (pid ${server.pid}) ready at ${server.baseUrl} in ${secs(timingsMs.serverStart)}`);
  const creds = await timed(timingsMs, "login", () => credentials(server.baseUrl));
  const sides: TSide[] = [{ label: "A", baseUrl: server.baseUrl, pid: server.pid, creds }];
  if (config.compare) {
    const other = await startServer({
      databaseUrl: database.url,
      logFile: logFile.replace(/-server\.log$/, "-server-compare.log"),
      poolSize: config.poolSize,
      secret,
      root: config.compare,
      profileDir: profileDir("B"),
    });
    cleanups.push({ label: "stop the compared server", run: other.stop });
    say(`B: ${config.compare}'s build (pid ${other.pid}) ready at ${other.baseUrl}`);
    sides.push({
      label: "B",
      baseUrl: other.baseUrl,
      pid: other.pid,
      creds: await credentials(other.baseUrl),
    });
  }

  const ctx: TRouteContext = {
    pool,
    sizes: dataset.sizes,
    api: async (method, path, body) => {
      const res = await fetch(`${server.baseUrl}/api/v1${path}`, {
        method,
        headers: { ...authHeaders("token", creds), "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} /api/v1${path}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    queryOne: async (sql, params) => {
      const { rows } = await pool.query(sql, params);
      if (rows.length === 0) throw new Error(`no row for: ${sql}`);
      return rows[0];
    },
  };
  const outcomes: TRouteOutcome[] = [];
  const compared: TComparedRoute[] = [];
  const loadedFrom = monotonicMicros();
  for (const route of routes) {
    if (interrupted) break;
    say(
      `${route.name}: ${config.warmup} s warm-up, ${config.duration} s at ${connectionsFor(route, config.connections)} connections` +
        (sides.length > 1 || config.rounds > 1
          ? `, ${config.rounds} round(s) on ${sides.length} server(s)…`
          : "…"),
    );
    const outcome = await timed(timingsMs, `route ${route.name}`, async () => {
      let path: string;
      try {
        path = await routePath(route, ctx);
      } catch (error) {
        const failure = `pre-check: ${(error as Error).message}`;
        return {
          name: route.name,
          path: route.path,
          auth: route.auth,
          isBaseline: false,
          failed: true,
          failure,
        };
      }
      const all = await benchRouteOnAll(route, path, sides, config);
      compared.push(all);
      const failedB = all.bySide.B?.find((r) => r.failed);
      return failedB ? { ...failedB, failure: `B: ${failedB.failure}` } : medianRun(all.bySide.A);
    });
    if (outcome.failed) say(`✗ ${route.name}: ${outcome.failure}`);
    outcomes.push(outcome);
  }
  if (interrupted) return 130;
  const loadedUntil = monotonicMicros();

  const buildAtEnd = buildInfo();
  if (buildAtEnd.buildId !== buildAtStart.buildId)
    say("warning: .next was rebuilt during the run (someone ran a build); results may be mixed");
  await timed(timingsMs, "cleanup", cleanUp);
  // The servers have stopped, so their profiles are written.
  const profiles = config.profile
    ? Object.fromEntries(
        sides.map((side) => [
          side.label,
          summariseProfiles(profileDirs[side.label], loadedFrom, loadedUntil),
        ]),
      )
    : undefined;
  timingsMs.total = Date.now() - startedAt.getTime();
  const results = withRatios(outcomes);
  const report: TReport = {
    startedAt: startedAt.toISOString(),
    config: { ...config, serverUrl: undefined, server: config.serverUrl.host } as TReport["config"],
    dataset,
    machine: machineInfo(loadAtStart),
    git: gitInfo(),
    build: { atStart: buildAtStart, atEnd: buildAtEnd },
    timingsMs,
    routes: results,
    compared: config.compare ? compared : undefined,
    profiles,
    generation,
    failed: results.some((r) => r.failed),
  };
  const file = writeReport(report);
  console.log(`\n${formatTable(results)}\n\n${formatGeneration(generation)}\n`);
  if (config.compare) console.log(`A: this checkout; B: ${config.compare}\n${formatComparison(compared)}\n`);
  for (const [label, summary] of Object.entries(profiles ?? {}))
    console.log(`${formatProfile(label === "A" ? "A (this checkout)" : `B (${config.compare})`, summary)}\n`);
  say(
    `seed ${secs(timingsMs.seed)}, migrate ${secs(timingsMs.migrate)}, server start ${secs(timingsMs.serverStart)}, ` +
      `total ${secs(timingsMs.total)}; ${os.cpus().length} CPUs, node ${process.version}, ` +
      `load average ${loadAtStart[0]} → ${loadAverage()[0]}`,
  );
  say(`results: ${file} (and latest.json); server log: ${logFile}`);
  if (report.failed) {
    say("✗ some routes failed; server log tail:");
    console.error(logTail(logFile));
    return 1;
  }
  return 0;
}

process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

let config: TBenchConfig | "help";
try {
  config = parseConfig(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (config === "help") {
  console.log(USAGE);
  process.exit(0);
}
main(config)
  .catch(async (error: Error) => {
    // After Ctrl-C, failures are the cleanup cutting the run short: not worth a stack trace.
    if (!interrupted) console.error(`bench › ✗ ${error.stack ?? error.message}`);
    return 1;
  })
  .then(async (code) => {
    await cleanUp();
    if (!interrupted) process.exit(code);
  });
