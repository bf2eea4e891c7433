// Before each integration test file: a fresh database cloned from the migrated template, with
// DATABASE_URL pointing at it before any app module reads the environment.
import { afterAll, inject } from "vitest";
import { createDatabase, dropDatabase, uniqueName } from "./test-database";

const name = uniqueName("notulen_test");
const url = await createDatabase(name, inject("templateDatabase"));
process.env.DATABASE_URL = url;
process.env.NOTULEN_EMBEDDED_DB = "0";
process.env.TEST_DATABASE_NAME = name;

afterAll(async () => {
  const g = globalThis as unknown as { notulenPrisma?: { $disconnect(): Promise<void> } };
  await g.notulenPrisma?.$disconnect();
  await dropDatabase(name);
});
