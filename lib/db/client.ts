// Builds a Prisma client over node-postgres. Shared by the app (lib/db) and by scripts that run
// outside Next.js (seed, CLI, benchmark), which cannot import `server-only` modules.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(options: {
  url: string;
  isEmbedded?: boolean;
  poolSize?: number;
}): PrismaClient {
  // PGlite serves one connection at a time; more gives lost prepared statements and lost writes.
  const max = options.isEmbedded ? 1 : (options.poolSize ?? 10);
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: options.url, max }) });
}
