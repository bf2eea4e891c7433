// The benchmark's throwaway database: created and migrated before seeding, dropped after
// (scripts/lib/throwaway-db.mjs, shared with the tests).
import pg from "pg";
import { createDatabase, dropDatabase, migrateDeploy, uniqueName } from "../scripts/lib/throwaway-db.mjs";

export type TBenchDatabase = { name: string; url: string };

export function benchDatabaseName(): string {
  return uniqueName("notulen_bench");
}

/** Creates an empty database; the caller must drop it (dropBenchDatabase) whatever happens next. */
export async function createBenchDatabase(serverUrl: URL, name: string): Promise<TBenchDatabase> {
  return { name, url: await createDatabase(serverUrl, name) };
}

/** `prisma migrate deploy` against the database; throws with the CLI's output on failure. */
export function migrateBenchDatabase(database: TBenchDatabase): Promise<void> {
  return migrateDeploy(database.url);
}

export function dropBenchDatabase(serverUrl: URL, name: string): Promise<void> {
  return dropDatabase(serverUrl, name);
}

/** A small connection pool for the seed, the route setup hooks and the row counts. */
export function benchPool(database: TBenchDatabase): pg.Pool {
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  // Dropping the database (Ctrl-C mid-seed) cuts connections: the running query rejects, which is
  // enough; without these listeners the clients' 'error' events would crash the process first.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  return pool;
}
