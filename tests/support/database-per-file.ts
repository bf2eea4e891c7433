// Before each integration test file: a fresh database cloned from the migrated template, with
// DATABASE_URL pointing at it before any app module reads the environment.
import { afterAll, inject } from "vitest";
import { TEST_SECRET } from "./session-cookie";
import { createDatabase, dropDatabase, uniqueName } from "./test-database";

const name = uniqueName("notulen_test");
const url = await createDatabase(name, inject("templateDatabase"));
process.env.DATABASE_URL = url;
process.env.NOTULEN_EMBEDDED_DB = "0";
process.env.TEST_DATABASE_NAME = name;
// Sessions and signed links are checked with this secret (set before any module reads the environment).
process.env.NEXTAUTH_SECRET = TEST_SECRET;

afterAll(async () => {
  // A job queue started by the code under test (reminders) must stop before its database goes.
  const jobs = globalThis as unknown as { notulenBoss?: Promise<{ stop(o?: object): Promise<void> } | null> };
  await (await jobs.notulenBoss?.catch(() => null))?.stop({ graceful: false, wait: true });
  const g = globalThis as unknown as { notulenPrisma?: { $disconnect(): Promise<void> } };
  await g.notulenPrisma?.$disconnect();
  await dropDatabase(name);
});
