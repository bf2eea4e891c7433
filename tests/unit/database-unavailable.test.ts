// Which failures mean "the database is down or restarting" (a 503, try again) rather than a bug
// (a 500): the errors Prisma, its pg driver adapter and node-postgres raise during an outage.
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/health/database-unavailable";

/** A Prisma error as the pg driver adapter reports it: a code, and the adapter's cause in `meta`. */
const prismaError = (code: string, cause?: object) =>
  Object.assign(new Error("Invalid invocation"), {
    name: "PrismaClientKnownRequestError",
    code,
    meta: cause ? { driverAdapterError: { name: "DriverAdapterError", cause } } : undefined,
  });

describe("isDatabaseUnavailable", () => {
  it.each([
    [
      "Prisma cannot reach the server",
      prismaError("P1001", { kind: "DatabaseNotReachable", host: "db", port: 5432 }),
    ],
    ["the pool timed out", prismaError("P2024")],
    [
      "a raw query on a connection the server is shutting down",
      prismaError("P2010", { kind: "postgres", code: "57P01", originalCode: "57P01" }),
    ],
    ["the server is starting up", prismaError("P2010", { kind: "postgres", originalCode: "57P03" })],
    ["a closed connection", prismaError("P2039", { kind: "ConnectionClosed" })],
    ["too many connections", prismaError("P2039", { kind: "TooManyConnections" })],
    [
      "a refused socket",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
    ],
    ["node-postgres losing its connection", new Error("Connection terminated unexpectedly")],
    [
      "a connection exception wrapped in another error",
      new Error("query failed", { cause: Object.assign(new Error("x"), { code: "08006" }) }),
    ],
  ])("says yes for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a NUL byte refused by PostgreSQL", prismaError("P2039", { kind: "postgres", originalCode: "22021" })],
    ["a unique constraint", prismaError("P2002", { kind: "UniqueConstraintViolation" })],
    ["a date out of range", prismaError("P2039", { kind: "postgres", originalCode: "22008" })],
    ["a programming error", new TypeError("Cannot read properties of undefined")],
    ["a string", "ECONNREFUSED"],
    ["nothing", undefined],
  ])("says no for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("stops on an error that is its own cause", () => {
    const error = new Error("loop") as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
