// Operator command line: create users and API tokens without the web UI.
//   npm run cli -- user create --email E --role ADMIN|SECRETARIAT|COORDINATOR|MEMBER [--name N] [--password P] [--programme ID]
//   npm run cli -- token create --email E [--name N]
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
      Prints a new API token for the HTTP API (Authorization: Bearer <token>). It is shown only once.`;

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
