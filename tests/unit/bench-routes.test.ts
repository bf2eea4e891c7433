// The bench's route filter: a name matches every route containing it, "=name" only that route.
import { describe, expect, it } from "vitest";
import { ROUTES, connectionsFor, selectRoutes } from "@/bench/routes";

const names = (filter: string[]) => selectRoutes(filter).map((r) => r.name);

describe("selectRoutes", () => {
  it("takes every route when no filter is given", () => {
    expect(selectRoutes([])).toBe(ROUTES);
  });

  it("matches a name as a substring, case-insensitively", () => {
    const meetingApi = names(["get /api/v1/meetings"]);
    expect(meetingApi).toContain("GET /api/v1/meetings");
    expect(meetingApi.some((n) => n.startsWith("GET /api/v1/meetings/{id}/minutes.pdf"))).toBe(true);
  });

  it("matches =NAME exactly", () => {
    expect(names(["=GET /api/v1/meetings"])).toEqual(["GET /api/v1/meetings"]);
    expect(names(["=page /meetings", "=/api/health"])).toEqual(["/api/health", "page /meetings"]);
  });

  it("refuses a filter that matches nothing", () => {
    expect(() => selectRoutes(["=GET /api/v1"])).toThrow(/no route matches/);
  });
});

describe("connectionsFor", () => {
  it("loads the documents with fewer connections, every other route with --connections", () => {
    const [pdf] = selectRoutes(["minutes.pdf"]);
    const [meetings] = selectRoutes(["=page /meetings"]);
    expect(connectionsFor(pdf, 32)).toBe(4);
    expect(connectionsFor(pdf, 2)).toBe(2);
    expect(connectionsFor(meetings, 32)).toBe(32);
  });
});
