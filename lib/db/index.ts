// The app's single Prisma client, cached on globalThis (also in production: otherwise pages and
// route handlers each build their own). Never connects or throws at import time, so
// `next build` can import route modules without a database.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPrismaClient } from "./client";

export { Prisma } from "@/lib/generated/prisma/client";
export type { PrismaClient };
export type TTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForPrisma = globalThis as unknown as { notulenPrisma?: PrismaClient };

/** The Prisma client, created on first use. */
export function db(): PrismaClient {
  if (!globalForPrisma.notulenPrisma) {
    const { DATABASE_URL, NOTULEN_EMBEDDED_DB, DATABASE_POOL_SIZE } = env();
    if (!DATABASE_URL)
      throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database)");
    globalForPrisma.notulenPrisma = createPrismaClient({
      url: DATABASE_URL,
      isEmbedded: NOTULEN_EMBEDDED_DB,
      poolSize: DATABASE_POOL_SIZE,
    });
  }
  return globalForPrisma.notulenPrisma;
}
