// Backup and restore round trip, as an official would run them: the demo data is backed up,
// restored into an empty database, and every meeting bundle exported before and after is identical —
// for PostgreSQL (pg_dump/pg_restore) and for the embedded database (PGlite's data-folder dump).
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import type { TAccess } from "@/lib/auth/permissions";
import { readMeetingBundle } from "@/lib/bundle/service/read";
import { backup, backupKind, BackupError, restore } from "../../scripts/lib/backup.mjs";
import { startEmbeddedDb } from "../../scripts/embedded-db.mjs";
import { createDatabase, dropDatabase, migrateDeploy, uniqueName } from "../support/test-database";

const ROOT = path.join(import.meta.dirname, "../..");
const ADMIN: TAccess = { userId: "backup-test", personId: null, globalRole: "ADMIN", memberships: new Map() };
const NOW = new Date("2026-12-01T00:00:00Z");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "notulen-backup-"));
const dropped: string[] = [];

afterAll(async () => {
  for (const name of dropped) await dropDatabase(name);
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The demo seed, in a child process that must not block this one (it may serve the embedded database). */
function seed(databaseUrl: string, isEmbedded: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      path.join(ROOT, "node_modules/.bin/tsx"),
      ["prisma/seed.ts"],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: databaseUrl, NOTULEN_EMBEDDED_DB: isEmbedded ? "1" : "0" },
      },
      (error, stdout, stderr) => (error ? reject(new Error(`seed failed: ${stderr || stdout}`)) : resolve()),
    );
  });
}

/** Every meeting's bundle, by meeting id, read through its own client. */
async function bundles(databaseUrl: string, isEmbedded: boolean) {
  const client = createPrismaClient({ url: databaseUrl, isEmbedded });
  try {
    const meetings = await client.meeting.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    const out: Record<string, unknown> = {};
    for (const m of meetings) out[m.id] = await readMeetingBundle(client, ADMIN, m.id, NOW);
    return out;
  } finally {
    await client.$disconnect();
  }
}

describe("PostgreSQL", () => {
  it("restores into an empty database with identical bundles, and refuses a database that is not empty", async () => {
    const source = await createDatabase(uniqueName("notulen_bk_src"));
    dropped.push(new URL(source).pathname.slice(1));
    await migrateDeploy(source);
    await seed(source, false);
    const before = await bundles(source, false);
    expect(Object.keys(before)).toHaveLength(3);

    const file = path.join(tmp, "postgres.backup");
    await backup(file, { databaseUrl: source });
    expect(backupKind(file)).toBe("postgres");

    const target = await createDatabase(uniqueName("notulen_bk_dst"));
    dropped.push(new URL(target).pathname.slice(1));
    await restore(file, { databaseUrl: target });
    expect(await bundles(target, false)).toEqual(before);

    await expect(restore(file, { databaseUrl: target })).rejects.toBeInstanceOf(BackupError);
    await expect(restore(file, {})).rejects.toThrow(/DATABASE_URL/);
  });
});

describe("embedded database", () => {
  it("restores the data-folder dump into an empty folder with identical bundles", async () => {
    const dataDir = path.join(tmp, "pglite");
    const first = await startEmbeddedDb({ dataDir, port: 0 });
    let before: Record<string, unknown>;
    try {
      await migrateDeploy(first.url);
      await seed(first.url, true);
      before = await bundles(first.url, true);
    } finally {
      await first.stop();
    }
    expect(Object.keys(before)).toHaveLength(3);

    const file = path.join(tmp, "embedded.backup");
    await backup(file, { dataDir });
    expect(backupKind(file)).toBe("embedded");

    const restoredDir = path.join(tmp, "pglite-restored");
    await restore(file, { dataDir: restoredDir });
    const second = await startEmbeddedDb({ dataDir: restoredDir, port: 0 });
    try {
      expect(await bundles(second.url, true)).toEqual(before);
    } finally {
      await second.stop();
    }

    await expect(restore(file, { dataDir: restoredDir })).rejects.toThrow(/already holds a database/);
  }, 240_000);
});
