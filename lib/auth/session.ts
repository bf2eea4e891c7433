// The current user for pages, server actions and API routes. Every read and write starts here:
// proxy.ts only redirects anonymous visitors, it is never the guard.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { TCurrentUser } from "@/lib/user/service";
import { loginPath, PAGE_PATH_HEADER } from "./page-path";
import { canAnywhere, type TPermission } from "./permissions";
import { sessionUser } from "./session-token";

/** The signed-in user with roles, or null. Cached for the duration of one request. */
export const getCurrentUser = cache(async (): Promise<TCurrentUser | null> => {
  const jar = await cookies();
  return sessionUser((name) => jar.get(name)?.value);
});

/** For pages: the user, or a redirect to the login page, which sends them back here afterwards. */
export async function requireUser(): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(loginPath((await headers()).get(PAGE_PATH_HEADER)));
  return user;
}

/** For global pages: the user if they hold the permission anywhere; otherwise "not found". */
export async function requirePagePermission(permission: TPermission | TPermission[]): Promise<TCurrentUser> {
  const user = await requireUser();
  const wanted = Array.isArray(permission) ? permission : [permission];
  if (!wanted.some((p) => canAnywhere(user.access, p))) notFound();
  return user;
}
