// Benchmark settings from CLI flags and BENCH_* environment variables, in one typed object, so
// every other bench file reads sizes and load parameters from here and nowhere else.
import path from "node:path";
import { parseArgs } from "node:util";

/** How many rows of each kind the seed writes. */
export type TDatasetSizes = {
  organisations: number;
  people: number;
  programmes: number;
  meetings: number;
  /** Invitation rows (one per person per meeting, with attendance for held meetings). */
  attendances: number;
  remarks: number;
  actions: number;
  /** Progress updates of action items (spread over the items, oldest first). */
  updates: number;
};

export type TBenchConfig = {
  sizes: TDatasetSizes;
  scale: number;
  connections: number;
  /** Seconds of measured load per route. */
  duration: number;
  /** Seconds of unmeasured load per route before measuring. */
  warmup: number;
  /** Only routes whose name contains one of these (empty = all). */
  routeFilter: string[];
  forceBuild: boolean;
  keepDb: boolean;
  /** DATABASE_POOL_SIZE for the app (undefined = the app's default). */
  poolSize: number | undefined;
  /** Server part of the PostgreSQL URL (path /postgres). */
  serverUrl: URL;
  /** Another checkout with its own production build, served beside this one (--compare). */
  compare: string | undefined;
  /** Measured runs per route and build, alternating between the builds (--rounds). */
  rounds: number;
  /** Run the server(s) under V8's CPU profiler and print where the time went (--profile). */
  profile: boolean;
};

export const DEFAULT_SIZES: TDatasetSizes = {
  organisations: 60,
  people: 3000,
  programmes: 20,
  meetings: 600,
  attendances: 30_000,
  remarks: 50_000,
  actions: 20_000,
  updates: 100_000,
};

/** Smallest sizes that keep the generated data consistent (one organisation of each kind, …). */
const MIN_SIZES: TDatasetSizes = {
  organisations: 6,
  people: 60,
  programmes: 1,
  meetings: 1,
  attendances: 0,
  remarks: 0,
  actions: 0,
  updates: 0,
};

const SIZE_KEYS = Object.keys(DEFAULT_SIZES) as (keyof TDatasetSizes)[];

export const USAGE = `Usage: npm run bench -- [options]

Dataset (default sizes × --scale; each also settable as BENCH_<NAME>, e.g. BENCH_MEETINGS=600):
  --organisations N  (60)      --people N (3000)          --programmes N (20)
  --meetings N (600)           --attendances N (30000)    --remarks N (50000)
  --actions N (20000)          --updates N (100000)       --scale F (1; e.g. 0.1 for a quick run)
Load:
  --connections N (32)         --duration S (10 per route)   --warmup S (2 per route)
  --route NAME (repeatable; only routes whose name contains NAME; "=NAME": exactly that route)
  --pool N (the app's DATABASE_POOL_SIZE; default: the app's own default)
Comparing two builds (interleaved in one run, on the same database):
  --compare DIR  another checkout with node_modules and a production build (.next) of its own,
                 e.g. \`git worktree add ../before <commit> && cd ../before && npm ci && npm run build\`;
                 each route is loaded on both servers in turn (A B B A …), and the table gives
                 each build's median CPU ms/req and their ratio
  --rounds N     measured runs per route and build (1; 3 with --compare)
Where the time goes:
  --profile     serve under V8's CPU profiler (node --cpu-prof) and print the CPU spent while
                routes were loaded, by package and by function (traced through the source maps);
                best with one --route. The profiler adds some CPU of its own, so figures of a
                profiled run are not compared with those of an unprofiled one
Other:
  --build       run \`npm run build\` even if .next/BUILD_ID exists
  --keep-db     keep the benchmark database afterwards (its URL is printed)
  --help
Database server: BENCH_DATABASE_URL or DATABASE_URL (server part), else postgresql://postgres@127.0.0.1:5432.`;

function positiveNumber(name: string, raw: string | undefined, fallback: number, allowZero = false): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0))
    throw new Error(`--${name} must be a ${allowZero ? "non-negative" : "positive"} number, got "${raw}"`);
  return value;
}

function serverUrlFromEnv(): URL {
  const url = new URL(
    process.env.BENCH_DATABASE_URL ??
      process.env.DATABASE_URL ??
      "postgresql://postgres@127.0.0.1:5432/postgres",
  );
  url.pathname = "/postgres";
  url.search = "";
  return url;
}

/** Parses argv (without node and script) into the config; throws with a readable message. */
export function parseConfig(argv: string[]): TBenchConfig | "help" {
  const sizeOptions = Object.fromEntries(SIZE_KEYS.map((k) => [k, { type: "string" as const }]));
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      ...sizeOptions,
      scale: { type: "string" },
      connections: { type: "string" },
      duration: { type: "string" },
      warmup: { type: "string" },
      route: { type: "string", multiple: true },
      pool: { type: "string" },
      build: { type: "boolean" },
      "keep-db": { type: "boolean" },
      compare: { type: "string" },
      rounds: { type: "string" },
      profile: { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (values.help) return "help";
  const flag = (key: string) => (values as Record<string, string | undefined>)[key];
  const fromEnv = (key: string) => process.env[`BENCH_${key.toUpperCase().replace(/-/g, "_")}`];
  const pick = (key: string) => flag(key) ?? fromEnv(key);

  const scale = positiveNumber("scale", pick("scale"), 1);
  const sizes = {} as TDatasetSizes;
  for (const key of SIZE_KEYS) {
    const explicit = pick(key);
    const value =
      explicit !== undefined
        ? Math.floor(positiveNumber(key, explicit, DEFAULT_SIZES[key], true))
        : Math.round(DEFAULT_SIZES[key] * scale);
    sizes[key] = Math.max(MIN_SIZES[key], value);
  }
  const poolRaw = pick("pool");
  return {
    sizes,
    scale,
    connections: Math.floor(positiveNumber("connections", pick("connections"), 32)),
    duration: positiveNumber("duration", pick("duration"), 10),
    warmup: positiveNumber("warmup", pick("warmup"), 2, true),
    routeFilter: values.route ?? (fromEnv("route") ? fromEnv("route")!.split(",") : []),
    forceBuild: values.build ?? fromEnv("build") === "1",
    keepDb: values["keep-db"] ?? fromEnv("keep-db") === "1",
    poolSize: poolRaw === undefined ? undefined : Math.floor(positiveNumber("pool", poolRaw, 10)),
    serverUrl: serverUrlFromEnv(),
    compare: pick("compare") ? path.resolve(pick("compare")!) : undefined,
    rounds: Math.floor(positiveNumber("rounds", pick("rounds"), pick("compare") ? 3 : 1)),
    profile: values.profile ?? fromEnv("profile") === "1",
  };
}
