// Health: is the database reachable and are all committed migrations applied?
import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type THealth = {
  status: "ok" | "error";
  database: "postgres" | "embedded";
  migrations: "up to date" | "pending" | "unknown";
};

let migrationNames: Promise<string[]> | undefined;

/** Migration folders shipped with this build (read once). */
function expectedMigrations(): Promise<string[]> {
  migrationNames ??= readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true }).then(
    (entries) => entries.filter((e) => e.isDirectory()).map((e) => e.name),
  );
  return migrationNames;
}

export async function checkHealth(): Promise<THealth> {
  const database = env().NOTULEN_EMBEDDED_DB ? "embedded" : "postgres";
  try {
    const [expected, applied] = await Promise.all([
      expectedMigrations(),
      db().$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    ]);
    const done = new Set(applied.map((row) => row.migration_name));
    const isUpToDate = expected.length > 0 && expected.every((name) => done.has(name));
    return {
      status: isUpToDate ? "ok" : "error",
      database,
      migrations: isUpToDate ? "up to date" : "pending",
    };
  } catch {
    return { status: "error", database, migrations: "unknown" };
  }
}
