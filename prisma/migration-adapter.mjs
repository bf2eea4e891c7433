// Driver adapter for the Wasm schema engine behind `prisma migrate` (see prisma/schema-engine.mjs).
// Used ONLY for migrations: the app's own Prisma client keeps the stock PrismaPg.
//
// The schema engine reads PostgreSQL's catalogs, runs migration scripts and creates shadow
// databases, and the stock @prisma/adapter-pg (7.10.1) falls short there; fixed below:
//   1. result columns of type "char" and name[] are rejected as unsupported (prisma issue 27403);
//   2. scripts are split on ";", which breaks function bodies and string literals;
//   3. its connectToShadowDb() ignores the shadow database name when given a connection string,
//      and drops the shadow database while its own pool is still connected to it;
//   4. against PGlite (embedded Postgres served by @electric-sql/pglite-socket) every database
//      name leads to the same single database, so a "shadow database" there would be the real one;
//      and PGlite's socket server, which may allow one connection only, refuses a reconnection
//      that follows a close too quickly, as pg's Pool does after any failed query.
// The patches lean on internals of pg 8.23.1 and adapter-pg 7.10.1 (both pinned): pg's
// `_handleRowDescription` and `_getActiveQuery()._result`, the adapter's `onError`, and its queryRaw
// passing pg's `rows` through. When upgrading, re-run migrate dev/deploy/diff on Postgres and PGlite.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import pg from "pg";

const OID = { CHAR: 18, NAME: 19, TEXT: 25, NAME_ARRAY: 1003, TEXT_ARRAY: 1009 };

/** A result's `rows` array → the indexes of its columns that were of type "char" (see below). */
const charColumnsByRows = new WeakMap();

/**
 * A pg client that reports "char", name and name[] result columns as text / text[], which
 * adapter-pg accepts. It rewrites the row description before pg picks the value parsers, so
 * name[] values still arrive as JS arrays. The "char" columns (pg_constraint.contype and the
 * like) are remembered so that queryRaw can type them as Character again: the engine reads
 * them as single characters and panics when it gets text (e.g. on `constraint_type`).
 */
class CatalogFriendlyClient extends pg.Client {
  _handleRowDescription(msg) {
    const charColumns = [];
    msg.fields.forEach((field, index) => {
      if (field.dataTypeID === OID.CHAR) charColumns.push(index);
      if (field.dataTypeID === OID.CHAR || field.dataTypeID === OID.NAME) field.dataTypeID = OID.TEXT;
      if (field.dataTypeID === OID.NAME_ARRAY) field.dataTypeID = OID.TEXT_ARRAY;
    });
    super._handleRowDescription(msg);
    const rows = this._getActiveQuery()?._result?.rows;
    if (charColumns.length > 0 && rows) charColumnsByRows.set(rows, charColumns);
  }
}

/**
 * pg's Pool.query() throws its connection away after any failed query, and the engine runs
 * queries that are meant to fail (probing for the _prisma_migrations table, for one). PGlite's
 * socket server frees a closed connection's slot only asynchronously, so with its default of a
 * single connection the replacement gets refused ("Connection terminated unexpectedly"). Keep
 * the connection instead, as the native engine does; release() still drops a broken one.
 */
class KeepConnectionPool extends pg.Pool {
  async query(...args) {
    const client = await this.connect();
    try {
      return await client.query(...args);
    } finally {
      client.release();
    }
  }
}

/** Makes `queryable.queryRaw` (adapter or transaction) type the former "char" columns as Character. */
function retypeCharColumns(queryable) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const resultSet = await queryRaw(query); // adapter-pg passes pg's `rows` array through as is
    for (const index of charColumnsByRows.get(resultSet.rows) ?? []) {
      resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return resultSet;
  };
  return queryable;
}

/** Runs `cleanup` after the adapter's own dispose (which closes its connections). */
function afterDispose(adapter, cleanup) {
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await cleanup();
  };
  return adapter;
}

/** Quotes a PostgreSQL identifier. */
const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

export class MigrationPg extends PrismaPg {
  /**
   * @param {string} url a postgresql:// connection string
   * @param {string} [shadowDatabaseUrl] from prisma.config.ts: not supported, see connectToShadowDb
   */
  constructor(url, shadowDatabaseUrl) {
    // One pool shared by all connect() calls, with a single connection like the native engine
    // (PGlite runs one query at a time anyway, and its socket server may allow one connection).
    super(new KeepConnectionPool({ connectionString: url, max: 1, Client: CatalogFriendlyClient }));
    // The server may end idle connections, e.g. the DROP DATABASE … WITH (FORCE) below when it
    // races close() (pool.end() resolves before its sockets are closed). Unhandled, the pool's
    // 'error' event would crash the engine.
    this.externalPool.on("error", () => {});
    this.url = url;
    this.shadowDatabaseUrl = shadowDatabaseUrl;
  }

  async connect() {
    const adapter = retypeCharColumns(await super.connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) => retypeCharColumns(await startTransaction(...args));
    // adapter-pg runs a migration script by splitting it on ";", which breaks function bodies
    // ($$ … ; … $$) and string literals. Send it whole, as the native engine does: PostgreSQL runs
    // a multi-statement simple query as one implicit transaction.
    adapter.executeScript = async (script) => {
      // onError() throws the pg error converted the way the engine expects from adapter-pg.
      await this.externalPool.query(script).catch((error) => adapter.onError(error));
    };
    return adapter;
  }

  /** Closes the pool; the stock dispose() leaves a pool passed to the constructor open. */
  async close() {
    await this.externalPool?.end();
  }

  /**
   * PGlite says so in `select version()` ("PostgreSQL 18.6 (PGlite 0.5.14) on wasm32…").
   * Asking the server, rather than trusting an env var such as NOTULEN_EMBEDDED_DB, means a
   * forgotten variable can never turn the real database into the "shadow" that gets wiped.
   */
  async isPglite() {
    const { rows } = await this.externalPool.query("select version() as version");
    return rows[0].version.includes("PGlite");
  }

  /** A fresh, empty database for the engine to replay the migrations in; gone after dispose(). */
  async connectToShadowDb() {
    if (this.shadowDatabaseUrl) {
      // The Wasm engine would replay the migrations on top of whatever that database still holds.
      throw new Error(
        "datasource.shadowDatabaseUrl is not supported by prisma/migration-adapter.mjs, " +
          "which makes its own throwaway shadow databases: remove it from prisma.config.ts",
      );
    }
    if (await this.isPglite()) return this.connectToPgliteShadowDb();

    const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await this.externalPool.query(`CREATE DATABASE ${quoteIdent(name)}`);
    const shadowUrl = new URL(this.url);
    shadowUrl.pathname = `/${name}`;
    const shadow = new MigrationPg(shadowUrl.toString());
    return afterDispose(await shadow.connect(), async () => {
      await shadow.close(); // first disconnect, then drop; FORCE (PostgreSQL 13+) ends stragglers
      await this.externalPool.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    });
  }

  /** Against PGlite: a throwaway in-memory PGlite, served on a random local port. */
  async connectToPgliteShadowDb() {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
    const db = await PGlite.create();
    // maxConnections > 1 for headroom: the server frees a closed connection's slot asynchronously.
    const server = new PGLiteSocketServer({ db, port: 0, maxConnections: 4 });
    await server.start();
    const shadow = new MigrationPg(`postgresql://postgres@${server.getServerConn()}/postgres`);
    return afterDispose(await shadow.connect(), async () => {
      await shadow.close();
      await server.stop();
      await db.close();
    });
  }
}
