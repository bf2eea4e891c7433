// Once per integration run: a migrated template database that each test file clones.
import type { TestProject } from "vitest/node";
import { createDatabase, dropDatabase, migrateDeploy, uniqueName } from "./test-database";

export default async function setup(project: TestProject) {
  const template = uniqueName("notulen_tpl");
  const url = await createDatabase(template);
  await migrateDeploy(url);
  project.provide("templateDatabase", template);
  return async () => {
    await dropDatabase(template);
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}
