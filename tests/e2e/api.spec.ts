// The HTTP API from a client's point of view: health, authentication, its own description.
import { expect, test } from "./fixtures";

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

test("API answers are never cached and carry the fixed security headers", async ({ request }) => {
  for (const path of ["/api/health", "/api/v1/meetings", "/api/v1/openapi.json", "/api/v1/no-such-thing"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["cache-control"], path).toContain("no-store");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("same-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    // Served over http here: no HSTS.
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
});

test("a path with broken %-encoding is a 400 in JSON, not a 500", async ({ request }) => {
  for (const path of ["/api/v1/meetings/%E0%A4%A", "/api/v1/meetings/%ZZ", "/api/v1/people/a%00b"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.messageKey).toBe("errors.badPath");
  }
  expect((await request.get("/meetings/%E0%A4%A")).status()).toBe(400);
});

test("pages run only scripts carrying this request's CSP nonce, and still work", async ({
  page,
  request,
}) => {
  const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
  const first = (await request.get("/login")).headers()["content-security-policy"];
  const second = (await request.get("/login")).headers()["content-security-policy"];
  expect(first).toMatch(/script-src [^;]*'nonce-[^']+'/);
  expect(/script-src [^;]*'unsafe-inline'/.test(first)).toBe(false);
  expect(nonceOf(first)).not.toBe(nonceOf(second));

  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/login");
  const nonce = nonceOf(response!.headers()["content-security-policy"]);
  const scripts = await page
    .locator("script")
    .evaluateAll((nodes) =>
      nodes.map((n) => ({ nonce: (n as HTMLScriptElement).nonce, src: (n as HTMLScriptElement).src })),
    );
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script.nonce, script.src).toBe(nonce);
  // Hydrated: the login form's client-side check answers an empty submission.
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByText("Enter a valid e-mail address.")).toBeVisible();
  expect(violations).toEqual([]);
});
