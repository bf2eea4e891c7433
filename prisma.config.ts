// Prisma CLI configuration. The CLI's native schema engine cannot be downloaded on locked-down
// networks, so it runs our stand-in (prisma/schema-engine.mjs) over the official Wasm engine.
import path from "node:path";
import { defineConfig } from "prisma/config";

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, "prisma/schema-engine.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    // `prisma generate` needs no database; the fallback only lets it run without DATABASE_URL.
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/notulen",
  },
});
