// Checks the permission before anything streams, so a user who may not import gets a real 404.
import type { ReactNode } from "react";
import { requirePagePermission } from "@/lib/auth/session";

export default async function Layout({ children }: { children: ReactNode }) {
  await requirePagePermission(["meeting:manage", "programme:manage"]);
  return children;
}
