// Every /api/v1 route as the filesystem has it: each app/api/v1/**/route.ts and each HTTP method
// its module exports, named "PATCH /api/v1/meetings/[id]/agenda/[itemId]". Read from disk, not from a
// list kept by hand, so a route added tomorrow shows up in the tests that walk this list.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { TRouteHandler } from "./call-route";

export const API_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type TApiMethod = (typeof API_METHODS)[number];

export type TApiRoute = {
  /** "PATCH /api/v1/meetings/[id]/agenda/[itemId]" */
  key: string;
  method: TApiMethod;
  /** "/api/v1/meetings/[id]/agenda/[itemId]" */
  path: string;
  /** The dynamic segments of the path, in order: ["id", "itemId"]. */
  params: string[];
  handler: TRouteHandler<Record<string, string>>;
};

const ROOT = path.resolve(import.meta.dirname, "../..");
const API_DIR = path.join(ROOT, "app/api/v1");

/** The route files under app/api/v1, as paths relative to the repository ("app/api/v1/…/route.ts"). */
export function apiRouteFiles(): string[] {
  return readdirSync(API_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => path.posix.join("app/api/v1", file.split(path.sep).join("/")))
    .sort();
}

/** "app/api/v1/meetings/[id]/route.ts" → "/api/v1/meetings/[id]" */
export function routePath(file: string): string {
  return `/${path.posix.dirname(file).replace(/^app\//, "")}`;
}

/** Every route × exported method, imported as Next would import it. */
export async function discoverApiRoutes(): Promise<TApiRoute[]> {
  const routes: TApiRoute[] = [];
  for (const file of apiRouteFiles()) {
    const routeModule = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    const routeFile = routePath(file);
    const params = [...routeFile.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
    for (const method of API_METHODS) {
      const handler = routeModule[method];
      if (typeof handler !== "function") continue;
      routes.push({
        key: `${method} ${routeFile}`,
        method,
        path: routeFile,
        params,
        handler: handler as TApiRoute["handler"],
      });
    }
  }
  return routes;
}

/** The route's path with its dynamic segments filled in (URL-encoded). */
export function fillPath(routeFile: string, values: Record<string, string>): string {
  return routeFile.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for [${name}] in ${routeFile}`);
    return encodeURIComponent(value);
  });
}
