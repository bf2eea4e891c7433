// Every /api/v1 route file is in openapi.json with the methods it exports, so a new endpoint
// cannot ship undocumented (and a documented one cannot silently disappear).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

const API_ROOT = path.join(import.meta.dirname, "../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

const served = routeFiles(API_ROOT)
  .map((file) => {
    const route = path
      .relative(API_ROOT, path.dirname(file))
      .split(path.sep)
      .map((s) => s.replace(/^\[(\w+)\]$/, "{$1}"))
      .join("/");
    const source = fs.readFileSync(file, "utf8");
    const methods = METHODS.filter((m) => new RegExp(`export (const|async function) ${m}\\b`).test(source));
    return { path: `/${route}`, methods };
  })
  .filter((r) => r.path !== "/openapi.json");

describe("openapi.json covers the API", () => {
  const doc = openApiDocument();
  it("finds the route files", () => {
    expect(served.length).toBeGreaterThan(20);
  });
  it.each(served)("documents $path", ({ path: p, methods }) => {
    expect(Object.keys(doc.paths)).toContain(p);
    expect(
      Object.keys(doc.paths[p])
        .map((m) => m.toUpperCase())
        .sort(),
    ).toEqual([...methods].sort());
  });
});
