// A PostgreSQL restart closes every connection, also one that sits in a transaction between two
// queries (the app is busy in JavaScript). node-postgres then refuses the next query with a plain
// "Client has encountered a connection error and is not queryable" — no code — which must read as
// an outage (503, try again), not a bug (500). Found by the fault test (scripts/fault-test.mjs):
// a few 500s at the moment PostgreSQL stopped under load. Here the server ends the connection with
// pg_terminate_backend, which sends the same FATAL 57P01 a restart does.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { errorResponse } from "@/lib/api/handler";
import { db } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/health/database-unavailable";

async function terminateBackend(pid: number) {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    await admin.query("SELECT pg_terminate_backend($1)", [pid]);
  } finally {
    await admin.end();
  }
}

/** The error of a transaction whose connection the server closed between two of its queries. */
async function connectionLostInTransaction(): Promise<unknown> {
  return db()
    .$transaction(async (tx) => {
      const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
      await terminateBackend(pid);
      // Let the server's FATAL message and the closed socket reach the idle connection.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tx.$queryRaw`SELECT 1`;
    })
    .then(
      () => null,
      (error: unknown) => error,
    );
}

describe("a connection closed by the server inside a transaction", () => {
  it("is an outage: 503 with Retry-After, not a 500", async () => {
    const error = await connectionLostInTransaction();
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(error)).toBe(true);
    const response = errorResponse(error, "test", new Request("http://localhost/api/v1/test"));
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("leaves the pool working: the next query gets a fresh connection", async () => {
    await connectionLostInTransaction();
    await expect(db().$queryRaw`SELECT 1 AS one`).resolves.toEqual([{ one: 1 }]);
  });
});
