// Operator command line: create users, create, list and revoke API tokens without the web UI.
//   npm run cli -- user create --email E --role ADMIN|SECRETARIAT|COORDINATOR|MEMBER [--name N] [--password P] [--programme ID]
//   npm run cli -- token create --email E [--name N]
//   npm run cli -- token list --email E
//   npm run cli -- token revoke --id ID | --prefix P
//   npm run cli -- backup FILE        /  restore FILE
// With DATABASE_URL it works on that Postgres; without, on the embedded database (when
// `npm start` is not holding it: PGlite serves one session, so sharing it would mix transactions).
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { isAppError } from "@/lib/errors";
import { translateRef } from "@/lib/i18n/translate";

const english = (ref: Parameters<typeof translateRef>[0]) => translateRef(ref, "en");

const USAGE = `Usage:
  npm run cli -- user create --email E --role ADMIN|SECRETARIAT|COORDINATOR|MEMBER [--name N] [--password P] [--programme ID]
      Without --programme the role is global (held in every programme).
      Without --password a random one is generated and printed once.
  npm run cli -- token create --email E [--name N]
      Prints a new API token for the HTTP API (Authorization: Bearer <token>). It is shown only once.
  npm run cli -- token list --email E
      Lists the user's tokens: id, prefix, name, created, last used, status.
  npm run cli -- token revoke --id ID | --prefix P
      Revokes a token (named by its id or the prefix "token list" shows): it is refused from its
      next request on. Audited.
  npm run cli -- backup FILE
      Writes a backup of DATABASE_URL (PostgreSQL, with pg_dump) or, without it, of the embedded
      database (stop \`npm start\` first).
  npm run cli -- restore FILE
      Restores a backup into an EMPTY database of its kind: DATABASE_URL for a PostgreSQL backup
      (createdb a new one first), the embedded folder (NOTULEN_DB_DIR, default .data/pglite, must
      not exist yet) for an embedded one. Then \`npm start\` applies any newer migrations.`;

class UsageError extends Error {}

async function withDatabase<T>(run: () => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return run();
  const { startEmbeddedDb } = await import("./embedded-db.mjs");
  const embedded = await startEmbeddedDb({ port: 0 });
  process.env.DATABASE_URL = embedded.url;
  process.env.NOTULEN_EMBEDDED_DB = "1";
  try {
    return await run();
  } finally {
    const g = globalThis as unknown as { notulenPrisma?: { $disconnect(): Promise<void> } };
    await g.notulenPrisma?.$disconnect();
    await embedded.stop();
  }
}

/** A refusal in the operator's terms: the option at fault and the message. */
function formatError(error: unknown): string {
  if (!isAppError(error)) return `  ${error instanceof Error ? error.message : String(error)}`;
  if (!error.fieldIssues) return `  ${english({ key: error.key, params: error.params })}`;
  return Object.entries(error.fieldIssues)
    .map(
      ([field, refs]) =>
        `  --${field === "programmeId" ? "programme" : field}: ${refs.map(english).join(" ")}`,
    )
    .join("\n");
}

type TTokenListing = {
  id: string;
  prefix: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
};

/** One token in a line: id, prefix, name, created, last used, status. */
function tokenLine(token: TTokenListing): string {
  const at = (date: Date | null) =>
    date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : "never";
  const status = token.revokedAt
    ? `revoked ${at(token.revokedAt)}`
    : token.expiresAt && token.expiresAt <= new Date()
      ? "expired"
      : "active";
  return `${token.id}  ${token.prefix}…  "${token.name}"  created ${at(token.createdAt)}  last used ${at(token.lastUsedAt)}  ${status}`;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
      programme: { type: "string" },
      id: { type: "string" },
      prefix: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const command = positionals.join(" ");
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (command === "user create") {
    const password = values.password ?? randomBytes(12).toString("base64url");
    const email = values.email ?? "";
    const user = await withDatabase(async () => {
      const { createUser } = await import("@/lib/user/service");
      return createUser(
        {
          email,
          name: values.name ?? email.split("@")[0] ?? "",
          password,
          role: (values.role ?? "").toUpperCase() as never,
          programmeId: values.programme,
        },
        { label: "cli" },
      );
    });
    console.log(
      `Created user ${user.email} (${(values.role ?? "").toUpperCase()}${values.programme ? ` in programme ${values.programme}` : ", all programmes"}).`,
    );
    if (!values.password) console.log(`Password (shown once): ${password}`);
    return 0;
  }
  if (command === "token create") {
    if (!values.email) throw new UsageError("--email is required");
    const email = values.email;
    const { token } = await withDatabase(async () => {
      const { createApiToken } = await import("@/lib/api-token/service");
      return createApiToken(email, values.name ?? "cli", { label: "cli" });
    });
    console.log(token);
    console.error("This token is shown only once. Use it as: Authorization: Bearer <token>");
    return 0;
  }
  if (command === "token list") {
    if (!values.email) throw new UsageError("--email is required");
    const email = values.email;
    const tokens = await withDatabase(async () => {
      const { listApiTokens } = await import("@/lib/api-token/service");
      return listApiTokens(email);
    });
    if (tokens.length === 0) console.log(`No API tokens for ${email}.`);
    for (const token of tokens) console.log(tokenLine(token));
    return 0;
  }
  if (command === "token revoke") {
    const which = values.id
      ? { id: values.id }
      : values.prefix
        ? { prefix: values.prefix.replace(/…$/, "") }
        : null;
    if (!which || (values.id && values.prefix)) throw new UsageError("give either --id or --prefix");
    const token = await withDatabase(async () => {
      const { revokeApiToken } = await import("@/lib/api-token/service");
      return revokeApiToken(which, { label: "cli" });
    });
    console.log(`Revoked ${tokenLine(token)}`);
    return 0;
  }
  if (positionals[0] === "backup" || positionals[0] === "restore") {
    const file = positionals[1];
    if (!file || positionals.length !== 2) throw new UsageError(`${positionals[0]} needs one FILE`);
    const { backup, restore, BackupError } = await import("./lib/backup.mjs");
    const where = { databaseUrl: process.env.DATABASE_URL, dataDir: process.env.NOTULEN_DB_DIR || undefined };
    try {
      const done = positionals[0] === "backup" ? await backup(file, where) : await restore(file, where);
      console.log(
        `${positionals[0] === "backup" ? "Backed up" : "Restored"} the ${done.kind} database: ${done.file}`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      console.error(error.message);
      return 1;
    }
  }
  throw new UsageError(`Unknown command "${command}"`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
    ) {
      console.error(`${(error as Error).message}\n\n${USAGE}`);
      process.exit(2);
    }
    console.error(`Failed:\n${formatError(error)}`);
    process.exit(1);
  },
);
