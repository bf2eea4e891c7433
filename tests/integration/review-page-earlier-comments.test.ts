// A reviewer of version 2 still sees the comments made on version 1, each read against the version
// it was made on: the tracked change strikes the text the reviewer saw then, not the text it has
// become (an accepted replacement would otherwise show as a change from itself to itself).
import { afterAll, describe, expect, it, vi } from "vitest";
import { startSmtpServer } from "../support/smtp-server";

const smtp = await startSmtpServer();
// Before any app module reads (and caches) the environment.
vi.stubEnv("SMTP_URL", smtp.url);
vi.stubEnv("APP_URL", "https://psc.example.test");

const { stopJobQueue } = await import("@/lib/jobs/boss");
const r = await import("../support/review-world");
const { linkOf } = r.mailboxes(smtp);

afterAll(async () => {
  await stopJobQueue();
  await smtp.close();
});

describe("the review page of a later version", () => {
  it("shows a comment on version 1 with version 1's text as the text it would replace", async () => {
    const w = await r.circulatedWorld();
    const before = w.record.decision.text;
    const replacement = "The work plan 2027 is approved with the revised budget.";
    const commented = await r.commentByLink(linkOf(w, "budi"), {
      anchor: w.anchors.decision,
      body: "Name the budget.",
      kind: "SUBSTANTIVE",
      replacementText: replacement,
    });
    const { id } = await commented.json();
    expect((await r.dispose(w, id, { status: "ACCEPTED", version: 1 })).status).toBe(200);
    expect((await r.cutVersion(w, w.tokens.secretariat, "Decision 1 as proposed")).status).toBe(201);
    expect((await r.circulate(w, { number: 2 })).status).toBe(200);

    const page = await (await r.openReview(linkOf(w, "budi"))).json();
    expect(page.number).toBe(2);
    // The anchor's text in version 2 is the accepted replacement…
    expect(page.anchors.find((a: { anchor: string }) => a.anchor === w.anchors.decision).text).toBe(
      replacement,
    );
    // …while the comment, made on version 1, still replaces what version 1 said.
    expect(page.comments).toHaveLength(1);
    expect(page.comments[0]).toMatchObject({
      number: 1,
      anchorLabel: "1",
      originalText: before,
      replacementText: replacement,
      status: "ACCEPTED",
    });
  });
});
