// The house rules the linter keeps: only services talk to the database through Prisma, and only
// lib/env.ts reads the environment. Each is shown to fire on a file that breaks it, and to stay
// quiet on a service file — so the rule cannot silently stop working.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = path.join(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: ROOT });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.map((m) => m.ruleId ?? "");
}

// Loading the project's lint configuration (TypeScript parser, Next's plugins) takes seconds.
beforeAll(() => eslint.lintText("", { filePath: path.join(ROOT, "lib/warm-up.ts") }), 60_000);

const QUERY = `import { db } from "@/lib/db";\nexport const count = () => db().meeting.count();\n`;
const CLIENT_TYPE = `import type { Prisma } from "@/lib/generated/prisma/client";\nexport type T = Prisma.MeetingSelect;\n`;

describe("only services talk to the database", () => {
  it.each([
    "components/meeting/fixture.tsx",
    "app/(shell)/(app)/meetings/fixture/page.tsx",
    "lib/meeting/fixture.ts",
    "lib/api/fixture.ts",
  ])("refuses the Prisma client in %s", async (file) => {
    expect(await ruleIds(file, QUERY)).toContain("@typescript-eslint/no-restricted-imports");
    expect(await ruleIds(file, CLIENT_TYPE)).toContain("@typescript-eslint/no-restricted-imports");
  });

  it.each(["lib/meeting/service.ts", "lib/meeting/service/fixture.ts", "lib/db/fixture.ts"])(
    "allows it in the service file %s",
    async (file) => {
      expect(await ruleIds(file, QUERY)).not.toContain("@typescript-eslint/no-restricted-imports");
    },
  );

  it("allows the generated enums anywhere", async () => {
    const code = `import type { MeetingKind } from "@/lib/generated/prisma/enums";\nexport type K = MeetingKind;\n`;
    expect(await ruleIds("components/meeting/fixture.tsx", code)).toEqual([]);
  });
});

describe("HTTP stays in app/ and lib/api", () => {
  const code = `import { NextResponse } from "next/server";\nexport const ok = () => NextResponse.json({});\n`;

  it.each(["lib/meeting/fixture.ts", "lib/meeting/service/fixture.ts", "lib/minutes/service.ts"])(
    "refuses next/server in %s",
    async (file) => {
      expect(await ruleIds(file, code)).toContain("@typescript-eslint/no-restricted-imports");
    },
  );

  it("allows it in lib/api and in route files", async () => {
    expect(await ruleIds("lib/api/fixture.ts", code)).toEqual([]);
    expect(await ruleIds("app/api/v1/fixture/route.ts", code)).toEqual([]);
  });
});

describe("only lib/env.ts reads the environment", () => {
  it("refuses process.env elsewhere", async () => {
    const code = `export const secret = process.env.NEXTAUTH_SECRET;\n`;
    expect(await ruleIds("lib/auth/fixture.ts", code)).toContain("no-restricted-syntax");
    expect(await ruleIds("lib/env.ts", code)).not.toContain("no-restricted-syntax");
  });
});
