// Two vitest projects: pure unit tests, and integration tests against the machine's real
// PostgreSQL (each test file in a database of its own, cloned from a migrated template).
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; tests call services directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    // 2 cores: two files at a time keeps Postgres and the Wasm engine from starving each other.
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias },
        // Rendering a PDF or DOCX takes a second or two; on a shared 2-core machine under load, more
        // than the default 5 s. A guard against a hang, not a speed check (that is `npm run bench`).
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/database-per-file.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
