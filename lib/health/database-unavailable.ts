// Tells "the database is down or restarting" apart from every other failure, so a request made
// during an outage is answered 503 with Retry-After (try again shortly) instead of a 500 (a bug).
// Reads the error as Prisma, its pg driver adapter and node-postgres report it. Pure.

/** Prisma's codes for an unreachable server, a timeout, a closed connection or an exhausted pool. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

/** What the pg driver adapter calls the same. */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

/**
 * PostgreSQL SQLSTATEs of an outage: class 08 (connection exception), 57P01–57P03 (shutting down,
 * crashed, starting up), 53300 (too many connections).
 */
const isOutageState = (code: string) =>
  /^08[0-9A-Z]{3}$/.test(code) || /^57P0[123]$/.test(code) || code === "53300";

/** Socket errors of a server that is gone or not there yet. */
const NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);

/**
 * What node-postgres says without a code: a lost socket ("Connection terminated unexpectedly"), or a
 * connection the server closed while it sat in a transaction between two queries — a restart does
 * that — whose next query is refused ("Client has encountered a connection error and is not
 * queryable"; "Client was closed and is not queryable" once the pool has dropped it).
 */
const MESSAGES = [
  /can't reach database server/i,
  /connection terminated/i,
  /server closed the connection/i,
  /\bis not queryable\b/i,
];

type TErrorLike = {
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
};

function isOutage(error: TErrorLike): boolean {
  const codes = [error.code, error.originalCode].filter((c): c is string => typeof c === "string");
  if (codes.some((c) => PRISMA_CODES.has(c) || NODE_CODES.has(c) || isOutageState(c))) return true;
  if (typeof error.kind === "string" && ADAPTER_KINDS.has(error.kind)) return true;
  return typeof error.message === "string" && MESSAGES.some((m) => m.test(error.message as string));
}

/** Whether `error` (or what caused it) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const e = current as TErrorLike;
    if (isOutage(e)) return true;
    pending.push(e.cause, e.meta?.driverAdapterError?.cause);
    if (current instanceof AggregateError) pending.push(...current.errors);
  }
  return false;
}

/** How long a client should wait before trying again during an outage (seconds). */
export const RETRY_AFTER_SECONDS = 5;
