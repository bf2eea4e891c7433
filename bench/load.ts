// Puts one route under load with autocannon: a single request first (must be 2xx, or the route
// fails without being loaded), an unmeasured warm-up, then the measured run. Latencies of 2xx
// responses are collected from autocannon's response events because its summary has no p95.
import autocannon from "autocannon";
import { processTreeCpuMs } from "./cpu";

export type TLoadOptions = {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  connections: number;
  duration: number;
  warmup: number;
  /** The server's process: its CPU time is read around the measured run. */
  serverPid?: number;
};

export type TRouteResult = {
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  non2xx: number;
  /** Connection errors, timeouts included. */
  errors: number;
  statusCodes: Record<string, number>;
  bytesPerSecond: number;
  /** Mean size of a response (body and headers) in the measured run. */
  bytesPerRequest: number | null;
  durationSeconds: number;
  /** Server CPU (utime + stime of its process tree) per request of the measured run; null if unknown. */
  cpuMsPerRequest: number | null;
};

/** The autocannon run in progress, so Ctrl-C can stop it. */
let current: { stop: () => void } | undefined;

export function stopCurrentLoad(): void {
  current?.stop();
}

/** One request; throws unless 2xx (redirects are not followed: a 307 to /login is a failure). */
export async function checkRoute(options: TLoadOptions): Promise<void> {
  const response = await fetch(options.url, {
    method: options.method,
    headers: options.headers,
    body: options.body,
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (response.status < 200 || response.status > 299) {
    const where = response.headers.get("location");
    throw new Error(
      `${options.method} ${options.url} → ${response.status}${where ? ` (to ${where})` : ""}: ${text.slice(0, 300)}`,
    );
  }
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

function run(opts: autocannon.Options, onLatency?: (ms: number, status: number) => void) {
  // Without a callback autocannon returns an event emitter that is also a promise of the result.
  const instance = autocannon(opts) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  current = instance;
  if (onLatency) {
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) =>
      onLatency(responseTime, statusCode),
    );
  }
  return Promise.resolve(instance).finally(() => {
    current = undefined;
  });
}

export async function loadRoute(options: TLoadOptions): Promise<TRouteResult> {
  const base: autocannon.Options = {
    url: options.url,
    method: options.method as autocannon.Options["method"],
    headers: options.body ? { ...options.headers, "content-type": "application/json" } : options.headers,
    body: options.body,
    connections: options.connections,
    timeout: 30,
  };
  if (options.warmup > 0) await run({ ...base, duration: options.warmup });

  let latencies = new Float64Array(1 << 16);
  let count = 0;
  const cpuBefore = options.serverPid ? processTreeCpuMs(options.serverPid) : null;
  const result = await run({ ...base, duration: options.duration }, (ms, status) => {
    if (status < 200 || status > 299) return;
    if (count === latencies.length) {
      const grown = new Float64Array(latencies.length * 2);
      grown.set(latencies);
      latencies = grown;
    }
    latencies[count++] = ms;
  });
  const cpuAfter = options.serverPid ? processTreeCpuMs(options.serverPid) : null;
  const sorted = latencies.slice(0, count).sort();
  let sum = 0;
  for (const v of sorted) sum += v;

  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat?.count ?? 0]),
  );
  const ok = result["2xx"];
  const cpuMsPerRequest =
    cpuBefore !== null && cpuAfter !== null && result.requests.total > 0
      ? (cpuAfter - cpuBefore) / result.requests.total
      : null;
  return {
    cpuMsPerRequest,
    requests: result.requests.total,
    // Completed 2xx responses per second of the measured run.
    requestsPerSecond: ok / result.duration,
    latencyMs: {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: count > 0 ? sorted[count - 1] : NaN,
      mean: count > 0 ? sum / count : NaN,
    },
    non2xx: result.non2xx,
    errors: result.errors,
    statusCodes,
    bytesPerSecond: result.throughput.average,
    bytesPerRequest: result.requests.total > 0 ? result.throughput.total / result.requests.total : null,
    durationSeconds: result.duration,
  };
}
