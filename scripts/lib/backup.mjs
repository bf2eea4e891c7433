// Backup and restore that an official can run (`npm run cli -- backup <file>` / `restore <file>`):
// PostgreSQL through pg_dump/pg_restore (custom format), the embedded database through PGlite's
// own data-folder dump (a gzipped tar). A restore goes into an EMPTY database only, so it can never
// mix two states of the record.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { DEFAULT_DATA_DIR, EmbeddedDbError, withDataDir } from "../embedded-db.mjs";

/** A problem the person at the terminal can act on. */
export class BackupError extends Error {}

const PG_DUMP_MAGIC = "PGDMP";
const GZIP_MAGIC = [0x1f, 0x8b];

/** "postgres" for a pg_dump archive, "embedded" for a PGlite data-folder dump. */
export function backupKind(file) {
  const head = Buffer.alloc(5);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 5, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString("latin1") === PG_DUMP_MAGIC) return "postgres";
  if (head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]) return "embedded";
  throw new BackupError(
    `${file} is not a Notulen backup (neither a pg_dump archive nor an embedded-database dump).`,
  );
}

function tool(name) {
  const found = spawnSync(name, ["--version"], { encoding: "utf8" });
  if (found.error || found.status !== 0) {
    throw new BackupError(
      `${name} is not installed. Install the PostgreSQL client tools of your server's major version or newer ` +
        `(Debian/Ubuntu: apt-get install postgresql-client) and run the command again.`,
    );
  }
  return name;
}

function run(command, args) {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new BackupError(`${command} failed:\n${result.stderr || result.stdout}`);
}

/** Tables of the app in the target database (any, and the restore is refused). */
async function tablesIn(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      "select count(*)::int as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')",
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}

async function backupPostgres(file, databaseUrl) {
  run(tool("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, databaseUrl]);
  fs.chmodSync(file, 0o600); // the whole record, contact details included: owner only
}

async function restorePostgres(file, databaseUrl) {
  if ((await tablesIn(databaseUrl)) > 0) {
    throw new BackupError(
      "The target database is not empty: restore into a new, empty database (createdb …).",
    );
  }
  run(tool("pg_restore"), [
    "--no-owner",
    "--no-privileges",
    "--exit-on-error",
    `--dbname=${databaseUrl}`,
    file,
  ]);
}

async function backupEmbedded(file, dataDir) {
  await withDataDir(dataDir, async (dir) => {
    if (!fs.existsSync(path.join(dir, "PG_VERSION")))
      throw new BackupError(`There is no embedded database in ${dir}.`);
    const { PGlite } = await import("@electric-sql/pglite");
    const db = await PGlite.create({ dataDir: dir });
    try {
      const dump = await db.dumpDataDir("gzip");
      fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
    } finally {
      await db.close();
    }
  });
}

async function restoreEmbedded(file, dataDir) {
  await withDataDir(dataDir, async (dir) => {
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
      throw new BackupError(
        `${dir} already holds a database: restore into an empty folder (NOTULEN_DB_DIR).`,
      );
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const blob = new Blob([fs.readFileSync(file)], { type: "application/x-gzip" });
    const db = await PGlite.create({ dataDir: dir, loadDataDir: blob });
    try {
      await db.query("select 1");
    } finally {
      await db.close();
    }
  });
}

/** @typedef {{ databaseUrl?: string, dataDir?: string }} TWhere */

/**
 * Writes a backup of DATABASE_URL (PostgreSQL) or, without it, of the embedded database.
 * @param {string} file @param {TWhere} [where]
 */
export async function backup(file, { databaseUrl, dataDir = DEFAULT_DATA_DIR } = {}) {
  try {
    if (databaseUrl) await backupPostgres(file, databaseUrl);
    else await backupEmbedded(file, dataDir);
  } catch (error) {
    throw error instanceof EmbeddedDbError ? new BackupError(error.message) : error;
  }
  return { file, kind: databaseUrl ? "postgres" : "embedded", bytes: fs.statSync(file).size };
}

/**
 * Restores a backup into an empty database of its kind.
 * @param {string} file @param {TWhere} [where]
 */
export async function restore(file, { databaseUrl, dataDir = DEFAULT_DATA_DIR } = {}) {
  const kind = backupKind(file);
  if (kind === "postgres" && !databaseUrl) {
    throw new BackupError("This is a PostgreSQL backup: set DATABASE_URL to an empty PostgreSQL database.");
  }
  if (kind === "embedded" && databaseUrl) {
    throw new BackupError(
      "This is a backup of the embedded database: unset DATABASE_URL to restore it into NOTULEN_DB_DIR.",
    );
  }
  try {
    if (kind === "postgres") await restorePostgres(file, databaseUrl);
    else await restoreEmbedded(file, dataDir);
  } catch (error) {
    throw error instanceof EmbeddedDbError ? new BackupError(error.message) : error;
  }
  return { file, kind };
}
