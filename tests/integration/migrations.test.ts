// The committed migrations build the schema from nothing, and agree with schema.prisma (drift
// check), using the offline schema-engine stand-in the way operators will.
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createDatabase, dropDatabase, uniqueName } from "../support/test-database";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PRISMA = path.join(ROOT, "node_modules/prisma/build/index.js");
const fresh = uniqueName("notulen_mig");

function prisma(args: string[], url: string) {
  return spawnSync(process.execPath, [PRISMA, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
}

afterAll(() => dropDatabase(fresh));

describe("migrations", () => {
  it("deploy to a fresh database and report it up to date", async () => {
    const url = await createDatabase(fresh);
    const deploy = prisma(["migrate", "deploy"], url);
    expect(deploy.status, deploy.stderr).toBe(0);

    const status = prisma(["migrate", "status"], url);
    expect(status.status, status.stderr).toBe(0);
    expect(status.stdout).toContain("Database schema is up to date");

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public'",
    );
    await client.end();
    const tables = rows.map((r) => r.table_name);
    for (const table of [
      "Meeting",
      "Invitation",
      "Remark",
      "Decision",
      "ActionItem",
      "Minutes",
      "AuditEvent",
      "ApiToken",
    ]) {
      expect(tables).toContain(table);
    }
  });

  it("match schema.prisma (no drift)", () => {
    const diff = prisma(
      [
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema",
        "prisma/schema.prisma",
        "--exit-code",
      ],
      process.env.DATABASE_URL!,
    );
    expect(diff.stderr + diff.stdout).not.toMatch(/error/i);
    expect(diff.status).toBe(0);
  });

  it("notice drift when the schema changes without a migration", () => {
    const changed = path.join(ROOT, "node_modules/.cache/notulen-drift-schema.prisma");
    execFileSync("mkdir", ["-p", path.dirname(changed)]);
    execFileSync(
      "sh",
      [
        "-c",
        `sed 's/^  phone          String?/  phone          String?\\n  fax            String?/' prisma/schema.prisma > ${changed}`,
      ],
      {
        cwd: ROOT,
      },
    );
    const diff = prisma(
      ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", changed, "--exit-code"],
      process.env.DATABASE_URL!,
    );
    expect(diff.status).toBe(2);
  });
});
