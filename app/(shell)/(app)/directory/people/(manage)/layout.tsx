// Checks the manage permission before anything streams, so a coordinator gets a real 404.
import type { ReactNode } from "react";
import { requirePagePermission } from "@/lib/auth/session";

export default async function Layout({ children }: { children: ReactNode }) {
  await requirePagePermission("directory:manage");
  return children;
}
