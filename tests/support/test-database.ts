// Throwaway databases for tests: one migrated template per run, one clone per test file
// (CREATE DATABASE … TEMPLATE is fast and fully isolated).
import * as throwaway from "../../scripts/lib/throwaway-db.mjs";

export const { uniqueName, migrateDeploy } = throwaway;
export const serverUrl = () => throwaway.serverUrl();
export const databaseUrl = (name: string) => throwaway.databaseUrl(serverUrl(), name);
export const createDatabase = (name: string, template?: string) =>
  throwaway.createDatabase(serverUrl(), name, template);
export const dropDatabase = (name: string) => throwaway.dropDatabase(serverUrl(), name);
