// /api/health tells operators whether the database answers and migrations are applied.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { db } from "@/lib/db";

describe("GET /api/health", () => {
  it("is ok on a migrated Postgres database", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "postgres", migrations: "up to date" });
  });

  it("answers 503 when a migration is missing", async () => {
    const [{ migration_name }] = await db().$queryRaw<
      { migration_name: string }[]
    >`SELECT migration_name FROM _prisma_migrations LIMIT 1`;
    await db()
      .$executeRaw`UPDATE _prisma_migrations SET migration_name = 'renamed' WHERE migration_name = ${migration_name}`;
    try {
      const res = await GET();
      expect(res.status).toBe(503);
      expect((await res.json()).migrations).toBe("pending");
    } finally {
      await db()
        .$executeRaw`UPDATE _prisma_migrations SET migration_name = ${migration_name} WHERE migration_name = 'renamed'`;
    }
  });
});
