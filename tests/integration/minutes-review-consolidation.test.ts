// The secretariat's consolidation of a review, through the API with a real SMTP server: accepted
// replacement text goes into the record and the next version, and the diff of the two versions
// shows exactly that change; the superseded version takes no more comments or answers (409); two
// secretariat users disposing of one comment at once get one 200 and one 409 with the comment as
// the first left it — nothing lost. The reviewer's side: minutes-review.test.ts.
import { afterAll, describe, expect, it, vi } from "vitest";
import { startSmtpServer } from "../support/smtp-server";

const smtp = await startSmtpServer();
// Before any app module reads (and caches) the environment.
vi.stubEnv("SMTP_URL", smtp.url);
vi.stubEnv("APP_URL", "https://psc.example.test");
vi.stubEnv("MAIL_FROM", "PSC Secretariat <psc@example.test>");

const { db } = await import("@/lib/db");
const { stopJobQueue } = await import("@/lib/jobs/boss");
const r = await import("../support/review-world");
const { circulatedWorld, reviewFootprint } = r;
const { linkOf } = r.mailboxes(smtp);

afterAll(async () => {
  await stopJobQueue();
  await smtp.close();
});

describe("consolidation", () => {
  it("accepted replacement text goes into the record and version 2; the diff shows exactly that", async () => {
    const w = await circulatedWorld();
    const replacement = "The work plan 2027 is approved with the revised budget.";
    const commented = await r.commentByLink(linkOf(w, "budi"), {
      anchor: w.anchors.decision,
      body: "Sebutkan anggaran yang dimaksud.",
      kind: "SUBSTANTIVE",
      replacementText: replacement,
    });
    const comment = await commented.json();

    const accepted = await r.dispose(w, comment.id, { status: "ACCEPTED", response: "Agreed.", version: 1 });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ status: "ACCEPTED", response: "Agreed.", version: 2 });
    const decision = await db().decision.findUniqueOrThrow({ where: { id: w.record.decision.id } });
    expect(decision.text).toBe(replacement);
    // The reviewer sees the disposition and the reply.
    const seen = (await (await r.openReview(linkOf(w, "budi"))).json()).comments[0];
    expect(seen).toMatchObject({ status: "ACCEPTED", response: "Agreed." });
    expect(seen.appliedAt).not.toBeNull();

    expect((await r.cutVersion(w, w.tokens.secretariat, "Decision 1 as proposed by ministry B")).status).toBe(
      201,
    );
    const v2 = await db().minutesVersion.findFirstOrThrow({
      where: { minutes: { meetingId: w.meeting.id }, number: 2 },
    });
    expect((v2.content as { decisions: { text: string }[] }).decisions[0].text).toBe(replacement);

    const res = await r.diff(w, 1, 2);
    expect(res.status).toBe(200);
    const { isSame, sections } = await res.json();
    expect(isSame).toBe(false);
    const changes = sections.flatMap(
      (s: {
        section: string;
        added: unknown[];
        removed: unknown[];
        changed: { id: string; changes: object[] }[];
      }) => [
        ...s.added.map(() => `${s.section}: added`),
        ...s.removed.map(() => `${s.section}: removed`),
        ...s.changed.flatMap((c) => c.changes.map((x) => ({ section: s.section, id: c.id, ...x }))),
      ],
    );
    expect(changes).toEqual([
      {
        section: "decisions",
        id: w.record.decision.id,
        field: "text",
        before: w.record.decision.text,
        after: replacement,
      },
    ]);

    // Version 1 is superseded: its links still open, read-only; a comment or an answer is 409.
    const page = await (await r.openReview(linkOf(w, "ana"))).json();
    expect(page).toMatchObject({ number: 1, latestNumber: 2, closed: "superseded" });
    const before = await reviewFootprint();
    const late = await r.commentByLink(linkOf(w, "ana"), { anchor: w.anchors.remark, body: "Too late?" });
    expect(late.status).toBe(409);
    expect((await late.json()).error.messageKey).toBe("minutesReview.errors.versionClosed");
    expect((await r.answerByLink(linkOf(w, "ana"), { answer: "NO_COMMENTS" })).status).toBe(409);
    expect(await reviewFootprint()).toEqual(before);
  });

  it("two secretariat users disposing of one comment at once: one 200, one 409 with the comment as it is", async () => {
    const w = await circulatedWorld();
    const anchors = [w.anchors.agenda, w.anchors.remark, w.anchors.decision, w.anchors.action];
    const comments = [];
    for (const [i, anchor] of anchors.entries()) {
      const res = await r.commentByLink(linkOf(w, "ana"), {
        anchor,
        body: `Comment ${i}`,
        replacementText: `Text ${i}`,
      });
      comments.push(await res.json());
    }
    const byUser = { [w.users.secretariat.id]: "first", [w.users.secretariat2.id]: "second" };
    const pairs = await Promise.all(
      comments.map((c) =>
        Promise.all([
          r.dispose(
            w,
            c.id,
            { status: "ACCEPTED", response: "Accepted by the first.", version: 1 },
            w.tokens.secretariat,
          ),
          r.dispose(
            w,
            c.id,
            { status: "REJECTED", response: "Rejected by the second.", version: 1 },
            w.tokens.secretariat2,
          ),
        ]),
      ),
    );
    for (const [i, pair] of pairs.entries()) {
      expect(pair.map((res) => res.status).sort(), `comment ${i}`).toEqual([200, 409]);
      const winner = await pair.find((res) => res.status === 200)!.json();
      const loser = (await pair.find((res) => res.status === 409)!.json()).error;
      expect(loser.messageKey).toBe("minutesReview.errors.commentChanged");
      // The 409 carries the comment as the winner left it, so the loser decides with what is there.
      expect(loser.current).toMatchObject({ status: winner.status, response: winner.response, version: 2 });

      const row = await db().reviewComment.findUniqueOrThrow({ where: { id: comments[i].id } });
      expect(row).toMatchObject({ status: winner.status, response: winner.response, version: 2 });
      expect(byUser[row.disposedByUserId!]).toBe(winner.status === "ACCEPTED" ? "first" : "second");
      const updates = await db().auditEvent.count({
        where: { entity: "ReviewComment", entityId: comments[i].id, action: "UPDATE" },
      });
      expect(updates).toBe(1);
      // Accepted text is written once, rejected text not at all.
      const applied = await db().auditEvent.count({
        where: { after: { path: ["fromReviewComment"], equals: comments[i].id } },
      });
      expect(applied).toBe(winner.status === "ACCEPTED" ? 1 : 0);
      expect(row.appliedAt !== null).toBe(winner.status === "ACCEPTED");
    }

    // The loser, told, disposes again with the version it now has.
    const again = await r.dispose(w, comments[0].id, { status: "NOTED", version: 2 }, w.tokens.secretariat2);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: "NOTED", version: 3 });
  });

  it("is the secretariat's: a member, a coordinator and another programme's secretariat get 404", async () => {
    const w = await circulatedWorld();
    const comment = await (
      await r.commentByLink(linkOf(w, "ana"), { anchor: w.anchors.remark, body: "Hm." })
    ).json();
    for (const token of [w.tokens.member, w.tokens.coordinator, w.tokens.outsider]) {
      expect((await r.dispose(w, comment.id, { status: "NOTED", version: 1 }, token)).status).toBe(404);
    }
    expect((await db().reviewComment.findUniqueOrThrow({ where: { id: comment.id } })).status).toBe("OPEN");
  });
});
