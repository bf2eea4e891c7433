// Checks the permission before anything streams, so refusal is a real 404 response.
import type { ReactNode } from "react";
import { requirePagePermission } from "@/lib/auth/session";

export default async function Layout({ children }: { children: ReactNode }) {
  await requirePagePermission(["instance:admin", "meeting:manage"]);
  return children;
}
