// While the database cannot be reached, the API answers 503 with Retry-After and a message in the
// caller's language — not a 500 — and answers normally again once it is back, without a restart.
// The outage is a Prisma client pointed at a closed port, swapped in for the app's own.
import { afterAll, describe, expect, it } from "vitest";
import { GET as listMeetings } from "@/app/api/v1/meetings/route";
import { db, type PrismaClient } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { translator } from "@/lib/i18n/translate";
import { createProgramme, createUserToken } from "../factories";
import { callRoute } from "../support/call-route";

const app = globalThis as unknown as { notulenPrisma?: PrismaClient };
const programmeId = (await createProgramme()).id;
const token = await createUserToken({ role: "SECRETARIAT", programmeId });
const reachable = db();
const unreachable = createPrismaClient({ url: "postgresql://postgres@127.0.0.1:1/notulen" });

afterAll(async () => {
  app.notulenPrisma = reachable;
  await unreachable.$disconnect();
});

const list = (headers: Record<string, string> = {}) =>
  callRoute(listMeetings, "/api/v1/meetings", { token, headers });

describe("a database outage", () => {
  it("is a 503 with Retry-After and the UNAVAILABLE code, in the caller's language", async () => {
    app.notulenPrisma = unreachable;
    const res = await list({ "accept-language": "id" });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect((await res.json()).error).toEqual({
      code: "UNAVAILABLE",
      messageKey: "errors.UNAVAILABLE",
      message: translator("id")("errors.UNAVAILABLE"),
    });
  });

  it("ends when the database is back, without restarting anything", async () => {
    app.notulenPrisma = reachable;
    const res = await list();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
