// Reads the demo sign-in accounts from prisma/demo-users.json (shared with the e2e tests and the
// README) and hashes their passwords before the seed transaction opens (Argon2 is slow on purpose).
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { hashPassword } from "../../lib/auth/password";

const ZDemoUsers = z.array(
  z.object({
    email: z.string().email(),
    password: z.string().min(1),
    role: z.enum(["ADMIN", "SECRETARIAT", "COORDINATOR", "MEMBER"]),
    name: z.string().min(1),
  }),
);

export type TDemoUser = Omit<z.infer<typeof ZDemoUsers>[number], "password"> & { passwordHash: string };

export async function loadDemoUsers(): Promise<TDemoUser[]> {
  const file = path.resolve(import.meta.dirname, "../demo-users.json");
  const users = ZDemoUsers.parse(JSON.parse(readFileSync(file, "utf8")));
  return Promise.all(
    users.map(async ({ password, ...user }) => ({ ...user, passwordHash: await hashPassword(password) })),
  );
}
