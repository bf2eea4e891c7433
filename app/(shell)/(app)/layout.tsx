// Signed-in area: checks the session on the server (proxy.ts only redirects early).
import type { ReactNode } from "react";
import { connection } from "next/server";
import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  await connection();
  const user = await requireUser();
  return <AppShell user={user}>{children}</AppShell>;
}
