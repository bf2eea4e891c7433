// The HTTP API from a client's point of view: health, authentication, its own description.
import { expect, test } from "@playwright/test";

test("/api/health reports a reachable, migrated database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "postgres", migrations: "up to date" });
});

test("/api/v1/meetings without a valid token answers 401 in JSON", async ({ request }) => {
  const attempts: Record<string, string>[] = [
    {},
    { Authorization: "Bearer ntl_not-a-real-token" },
    { Authorization: "Basic dXNlcjpwYXNz" },
  ];
  for (const headers of attempts) {
    const response = await request.get("/api/v1/meetings", { headers });
    expect(response.status()).toBe(401);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(response.headers()["www-authenticate"]).toBe("Bearer");
    const body = await response.json();
    expect(body.error.code).toBe("UNAUTHENTICATED");
    expect(body.error.message).toEqual(expect.any(String));
  }
});

test("/api/v1/openapi.json documents /meetings", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.openapi).toMatch(/^3\./);
  expect(document.paths["/meetings"].get).toBeDefined();
  expect(Object.keys(document.paths["/meetings"].get.responses)).toEqual(
    expect.arrayContaining(["200", "401"]),
  );
});
