// The review cycle of draft minutes, reviewer and secretariat side, through the API with a real SMTP
// server: circulation (default reviewers, a working-day deadline in the meeting's zone, one mail per
// reviewer in their language with a personal /review/ link), links that do not open (tampered,
// expired, revoked, another person's: 404 and nothing written), comments and the versions that no
// longer take them, who sees whose comments, the disposition of comments (accepted text into the
// record and the next version, two users at once) and the per-organisation response log.
// Adoption (no-objection, jobs with two workers, co-chairs, at a meeting): minutes-review-adoption.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSmtpServer } from "../support/smtp-server";

const smtp = await startSmtpServer();
// Before any app module reads (and caches) the environment.
vi.stubEnv("SMTP_URL", smtp.url);
vi.stubEnv("APP_URL", "https://psc.example.test");
vi.stubEnv("MAIL_FROM", "PSC Secretariat <psc@example.test>");

const { db } = await import("@/lib/db");
const { stopJobQueue } = await import("@/lib/jobs/boss");
const { MINUTES_REVIEW_QUEUE } = await import("@/lib/jobs/queues");
const { issueLink } = await import("@/lib/link/service");
const { circulateMinutes } = await import("@/lib/minutes/service/circulation");
const r = await import("../support/review-world");
const { REVIEWERS, mailSubject, mailText, reviewFootprint } = r;
type TReviewWorld = import("../support/review-world").TReviewWorld;
type TReviewerKey = import("../support/review-world").TReviewerKey;

afterAll(async () => {
  await stopJobQueue();
  await smtp.close();
});

const { mailsTo, mailsOf, linkOf } = r.mailboxes(smtp);
const { circulatedWorld } = r;

describe("circulation", () => {
  let w: TReviewWorld;
  beforeAll(async () => {
    w = await r.reviewWorld();
  });

  it("is the secretariat's: a member, a coordinator and another programme's secretariat get 404", async () => {
    const before = await reviewFootprint();
    for (const token of [w.tokens.member, w.tokens.coordinator, w.tokens.outsider]) {
      const res = await r.circulate(w, { number: 1 }, token);
      expect(res.status).toBe(404);
    }
    expect(await db().minutesReviewer.count({ where: { person: { id: w.people.ana.id } } })).toBe(0);
    expect(await reviewFootprint()).toEqual(before);
    expect(mailsOf(w)).toHaveLength(0);
  });

  it("refuses a reviewer without an e-mail address: 400 on reviewerIds, nothing circulated", async () => {
    const res = await r.circulate(w, { number: 1, reviewerIds: [w.people.ana.id, w.people.eko.id] });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(Object.keys(error.fieldErrors)).toEqual(["reviewerIds"]);
    expect(error.fieldErrors.reviewerIds[0]).toContain(w.people.eko.name);
    expect(await db().minutesReviewer.count({ where: { personId: w.people.ana.id } })).toBe(0);
    const v1 = await db().minutesVersion.findFirstOrThrow({
      where: { minutes: { meetingId: w.meeting.id } },
    });
    expect(v1.reviewOpensAt).toBeNull();
    expect(mailsOf(w)).toHaveLength(0);
  });

  it("circulates to the present participants with an address, each mailed once in their language", async () => {
    const res = await r.circulate(w);
    expect(res.status).toBe(200);
    const circulation = await res.json();
    const ids = (keys: readonly TReviewerKey[]) => keys.map((k) => w.people[k].id).sort();
    expect(circulation.reviewers.map((x: { personId: string }) => x.personId).sort()).toEqual(ids(REVIEWERS));
    expect(circulation.reviewers.every((x: { mailed: boolean }) => x.mailed)).toBe(true);

    // Grouped by organisation: each reviewer answers for the organisation they belong to.
    const rows = await db().minutesReviewer.findMany({
      where: { minutesVersion: { minutes: { meetingId: w.meeting.id } } },
    });
    expect(Object.fromEntries(rows.map((x) => [x.personId, x.organisationId]))).toEqual({
      [w.people.ana.id]: w.orgA.id,
      [w.people.citra.id]: w.orgA.id,
      [w.people.budi.id]: w.orgB.id,
      [w.people.dina.id]: null,
    });
    const meeting = await db().meeting.findUniqueOrThrow({
      where: { id: w.meeting.id },
      include: { minutes: true },
    });
    expect(meeting.status).toBe("MINUTES_IN_REVIEW");
    expect(meeting.minutes?.status).toBe("IN_REVIEW");

    // One mail each, none to the absent participant nor (of course) to the one without an address.
    for (const key of REVIEWERS) expect(mailsTo(w, key), key).toHaveLength(1);
    expect(mailsTo(w, "fajar")).toHaveLength(0);
    expect(mailsOf(w)).toHaveLength(REVIEWERS.length);

    const [english] = mailsTo(w, "ana");
    expect(mailSubject(english)).toMatch(/^Draft minutes for your review: /);
    expect(mailText(english)).toContain("Version 1 of the minutes");
    const [indonesian] = mailsTo(w, "budi");
    expect(mailSubject(indonesian)).toMatch(/^Rancangan notulen untuk Anda tinjau: /);
    expect(mailText(indonesian)).toContain("Versi 1 notulen");
    expect(mailText(indonesian)).not.toContain("Version 1");

    // Each link is the reviewer's own, and opens their review (in their language) without a password.
    const tokens = REVIEWERS.map((k) => linkOf(w, k));
    expect(new Set(tokens).size).toBe(REVIEWERS.length);
    for (const key of ["ana", "budi"] as const) {
      const page = await r.openReview(linkOf(w, key));
      expect(page.status).toBe(200);
      const review = await page.json();
      expect(review.reviewer.name).toBe(w.people[key].name);
      expect(review.locale).toBe(w.people[key].language);
      expect(review.number).toBe(1);
      expect(review.deadline).toBe(circulation.deadline);
    }
  });

  it("refuses circulating the same version twice (409) and mails no one again", async () => {
    const res = await r.circulate(w);
    expect(res.status).toBe(409);
    expect((await res.json()).error.messageKey).toBe("minutesReview.errors.alreadyCirculated");
    expect(mailsOf(w)).toHaveLength(REVIEWERS.length);
  });

  it("refuses a version that is not the latest (409)", async () => {
    expect((await r.cutVersion(w, w.tokens.secretariat, "Decision 1 reworded")).status).toBe(201);
    const res = await r.circulate(w, { number: 1 });
    expect(res.status).toBe(409);
    expect((await res.json()).error.messageKey).toBe("minutesReview.errors.notLatest");
    expect(mailsOf(w)).toHaveLength(REVIEWERS.length);
  });

  it("sets the deadline 10 working days on, in the meeting's zone, skipping weekends and holidays", async () => {
    const other = await r.reviewWorld();
    // Wednesday 12 March 2031 is a holiday (a date far from the seeded years).
    await db().holiday.create({
      data: { date: new Date("2031-03-12T00:00:00Z"), country: "ID", nameEn: "Test day", nameId: "Hari uji" },
    });
    // Thursday 6 March 18:00 UTC is already Friday 7 March, 01:00, in Jakarta: the day counted from.
    const now = new Date("2031-03-06T18:00:00Z");
    const circulation = await circulateMinutes(
      other.secretariatAccess,
      other.meeting.id,
      { number: 1 },
      { userId: other.users.secretariat.id },
      now,
    );
    // Mon 10, Tue 11, (holiday), Thu 13, Fri 14, Mon 17 … Fri 21 is the 9th, Mon 24 the 10th.
    expect(circulation.deadline).toBe("2031-03-24");
    // The end of that day in Jakarta (UTC+7).
    expect(circulation.closesAt).toBe("2031-03-24T17:00:00.000Z");
    const v1 = await db().minutesVersion.findFirstOrThrow({
      where: { minutes: { meetingId: other.meeting.id }, number: 1 },
    });
    expect(v1).toMatchObject({ reviewDeadline: "2031-03-24", reviewOpensAt: now });
    expect(mailText(mailsTo(other, "ana")[0])).toContain("by 24 Mar 2031");
    expect(mailText(mailsTo(other, "budi")[0])).toContain("paling lambat 24 Mar 2031");

    // Reminders queued at 09:00 in Jakarta: two working days before (Thu 20) and on the day.
    const boss = (await (await import("@/lib/jobs/boss")).jobQueue())!;
    const { rows } = await boss
      .getDb()
      .executeSql(
        `SELECT start_after, data FROM pgboss.job WHERE name = $1 AND data->>'versionId' = $2 ORDER BY start_after`,
        [MINUTES_REVIEW_QUEUE, v1.id],
      );
    const jobs = rows as { start_after: Date; data: { when: string } }[];
    expect(jobs.map((j) => [j.data.when, j.start_after.toISOString()])).toEqual([
      ["before", "2031-03-20T02:00:00.000Z"],
      ["day", "2031-03-24T02:00:00.000Z"],
    ]);
  });
});

describe("review links", () => {
  let w: TReviewWorld;
  beforeAll(async () => {
    w = await circulatedWorld();
  });
  const writes = (token: string) => [
    r.openReview(token),
    r.commentByLink(token, { anchor: w.anchors.decision, body: "Please reword.", kind: "EDITORIAL" }),
    r.answerByLink(token, { answer: "NO_COMMENTS" }),
    r.approveByLink(token, { number: 1 }),
  ];

  it("opens from the e-mail: the version as a document with its anchors, a use of the link", async () => {
    const token = linkOf(w, "ana");
    const res = await r.openReview(token);
    expect(res.status).toBe(200);
    const page = await res.json();
    expect(page).toMatchObject({ number: 1, latestNumber: 1, closed: null, answer: null, comments: [] });
    expect(page.content.decisions[0].text).toBe(w.record.decision.text);
    expect(page.anchors.map((a: { anchor: string }) => a.anchor)).toEqual(
      expect.arrayContaining(["meeting", `attendance-${w.people.ana.id}`, ...Object.values(w.anchors)]),
    );
    const link = await db().link.findFirstOrThrow({ where: { id: token.split(".")[0] } });
    expect(link).toMatchObject({ purpose: "MINUTES_REVIEW", personId: w.people.ana.id, useCount: 1 });
  });

  it.each([
    ["a tampered (one character changed)", "ana"],
    ["an expired", "citra"],
    ["a revoked", "dina"],
    ["another person's", "budi"],
  ] as const)("%s link is 404 on every route and writes nothing", async (kind, key) => {
    let token = linkOf(w, key);
    const linkId = token.split(".")[0];
    if (kind.startsWith("a tampered")) {
      const last = token.at(-1) === "A" ? "B" : "A";
      token = `${token.slice(0, -1)}${last}`;
    } else if (kind === "an expired") {
      await db().link.update({ where: { id: linkId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    } else if (kind === "a revoked") {
      await db().link.update({ where: { id: linkId }, data: { revokedAt: new Date() } });
    } else {
      // A genuine, live, signed link for Budi, whose subject is Ana's reviewer row.
      const anasRow = await db().minutesReviewer.findFirstOrThrow({ where: { personId: w.people.ana.id } });
      token = await issueLink({
        purpose: "MINUTES_REVIEW",
        personId: w.people.budi.id,
        subjectId: anasRow.id,
        programmeId: w.programme.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      });
    }
    const forged = await (await r.openReview("cmforged.c2lnbmF0dXJl")).text();
    const before = await reviewFootprint();
    for (const res of await Promise.all(writes(token))) {
      expect(res.status, kind).toBe(404);
      // The same answer as a token we never issued: nothing tells which links exist.
      expect(await res.text()).toBe(forged);
    }
    expect(await reviewFootprint()).toEqual(before);
  });
});

describe("comments", () => {
  let w: TReviewWorld;
  beforeAll(async () => {
    w = await circulatedWorld();
  });

  it("takes a substantive comment with replacement text on a decision, for the reviewer's organisation", async () => {
    const res = await r.commentByLink(linkOf(w, "ana"), {
      anchor: w.anchors.decision,
      body: "Say which budget is meant.",
      kind: "SUBSTANTIVE",
      replacementText: "The work plan 2027 is approved with the revised budget.",
    });
    expect(res.status).toBe(201);
    const comment = await res.json();
    expect(comment).toMatchObject({
      number: 1,
      anchor: w.anchors.decision,
      section: "decisions",
      anchorLabel: "1",
      kind: "SUBSTANTIVE",
      originalText: w.record.decision.text,
      replacementText: "The work plan 2027 is approved with the revised budget.",
      status: "OPEN",
      author: { id: w.people.ana.id, name: w.people.ana.name },
      organisation: { id: w.orgA.id },
      version: 1,
    });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { entity: "ReviewComment", entityId: comment.id },
    });
    expect(audit).toMatchObject({ action: "CREATE", actorLabel: "minutes-review-link" });
  });

  it("refuses an anchor the version does not have (400), writes nothing", async () => {
    const before = await reviewFootprint();
    for (const anchor of ["decision-nosuchdecision", `remark-${w.record.decision.id}`, "paragraph-7"]) {
      const res = await r.commentByLink(linkOf(w, "ana"), { anchor, body: "Here." });
      expect(res.status, anchor).toBe(400);
      expect(Object.keys((await res.json()).error.fieldErrors)).toEqual(["anchor"]);
    }
    expect(await reviewFootprint()).toEqual(before);
  });
});

describe("who sees whose comments", () => {
  let w: TReviewWorld;
  beforeAll(async () => {
    w = await circulatedWorld();
  });
  const say = async (key: TReviewerKey, body: string) => {
    const res = await r.commentByLink(linkOf(w, key), { anchor: w.anchors.remark, body });
    expect(res.status).toBe(201);
  };
  const seenBy = async (key: TReviewerKey) => {
    const res = await r.openReview(linkOf(w, key));
    expect(res.status).toBe(200);
    return ((await res.json()).comments as { body: string }[]).map((c) => c.body).sort();
  };

  it("own organisation: reviewers see their organisation's comments only; the secretariat sees all", async () => {
    await say("ana", "From ministry A.");
    await say("budi", "Dari kementerian B.");
    await say("dina", "From Dina, for herself.");
    expect(await seenBy("ana")).toEqual(["From ministry A."]);
    expect(await seenBy("citra")).toEqual(["From ministry A."]);
    expect(await seenBy("budi")).toEqual(["Dari kementerian B."]);
    expect(await seenBy("dina")).toEqual(["From Dina, for herself."]);
    const state = await (await r.reviewState(w)).json();
    expect(state.comments.map((c: { body: string }) => c.body).sort()).toEqual(
      ["Dari kementerian B.", "From Dina, for herself.", "From ministry A."].sort(),
    );
  });

  it("all reviewers: where the programme says so, every reviewer sees every comment", async () => {
    await db().programme.update({
      where: { id: w.programme.id },
      data: { reviewVisibility: "ALL_REVIEWERS" },
    });
    const all = ["Dari kementerian B.", "From Dina, for herself.", "From ministry A."].sort();
    expect(await seenBy("ana")).toEqual(all);
    expect(await seenBy("budi")).toEqual(all);
  });

  it("the secretariat's view of the review is not a reviewer's, nor anyone else's (404)", async () => {
    for (const token of [w.tokens.member, w.tokens.coordinator, w.tokens.outsider]) {
      expect((await r.reviewState(w, token)).status).toBe(404);
    }
  });
});

describe("the response log", () => {
  let w: TReviewWorld;
  beforeAll(async () => {
    w = await circulatedWorld();
  });

  it("says per organisation who responded, objected or stayed silent, and when", async () => {
    const start = new Date();
    const answer = async (key: TReviewerKey, body: object) => {
      const res = await r.answerByLink(linkOf(w, key), body);
      expect(res.status).toBe(200);
      return res.json();
    };
    const missingReason = await r.answerByLink(linkOf(w, "budi"), { answer: "OBJECTION" });
    expect(missingReason.status).toBe(400);
    expect(Object.keys((await missingReason.json()).error.fieldErrors)).toEqual(["reason"]);

    await answer("ana", { answer: "NO_COMMENTS" });
    const objection = await answer("budi", { answer: "OBJECTION", reason: "Keputusan 1 belum disepakati." });
    expect(objection).toMatchObject({ answer: "OBJECTION", haltedNoObjection: false });
    // The organisation's latest answer counts: Citra answers for ministry A after Ana.
    await answer("citra", { answer: "COMMENTS_SUBMITTED" });
    const end = new Date();

    const state = await (await r.reviewState(w)).json();
    const entry = (name: string) =>
      state.log.find((e: { reviewers: { name: string }[] }) => e.reviewers.some((x) => x.name === name));
    expect(entry(w.people.ana.name)).toMatchObject({
      organisation: { id: w.orgA.id },
      reviewers: expect.arrayContaining([
        { id: w.people.ana.id, name: w.people.ana.name },
        { id: w.people.citra.id, name: w.people.citra.name },
      ]),
      state: "RESPONDED",
      answer: "COMMENTS_SUBMITTED",
      answeredBy: w.people.citra.name,
    });
    expect(entry(w.people.budi.name)).toMatchObject({
      organisation: { id: w.orgB.id },
      state: "OBJECTED",
      answer: "OBJECTION",
      reason: "Keputusan 1 belum disepakati.",
      answeredBy: w.people.budi.name,
    });
    expect(entry(w.people.dina.name)).toMatchObject({
      organisation: null,
      state: "SILENT",
      answer: null,
      answeredAt: null,
    });
    expect(state.log).toHaveLength(3);
    for (const name of [w.people.citra.name, w.people.budi.name]) {
      const at = Date.parse(entry(name).answeredAt);
      expect(at).toBeGreaterThanOrEqual(start.getTime());
      expect(at).toBeLessThanOrEqual(end.getTime());
    }
  });
});
