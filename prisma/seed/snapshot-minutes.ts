// The demo's minutes as the app itself makes them, run by prisma/seed.ts after its transaction
// (in a child process with the react-server condition, since it uses the app's services):
//   - every demo version's content becomes a snapshot of the record (what the renderers, the diff
//     and the review screen read), not the older tagged format;
//   - the 1st meeting's adopted minutes get their fingerprint over that snapshot and their official
//     PDF/DOCX in both languages stored, so /verify and the downloads work as for any adoption;
//   - the 2nd meeting's draft is circulated for review (today, deadline 10 working days ahead) to
//     its present participants with an e-mail: the demo comments point at real anchors, one
//     organisation has answered, so the reviewer's and the secretariat's screens have something to show.
// Idempotent enough for a fresh database; it writes nothing if the versions are already snapshots.
import { createPrismaClient } from "../../lib/db/client";
import { env } from "../../lib/env";
import { minutesFingerprint } from "../../lib/minutes/fingerprint";
import { anchorOf } from "../../lib/minutes/review-anchors";
import type { TMeetingRecord } from "../../lib/minutes/record-schema";
import { DEMO_MEETINGS } from "./demo-facts";

async function main() {
  const { DATABASE_URL, NOTULEN_EMBEDDED_DB } = env();
  if (!DATABASE_URL) throw new Error("DATABASE_URL is not set");
  const { loadMeetingRecord } = await import("../../lib/minutes/service");
  const { officialFiles } = await import("../../lib/minutes/service/adoption");
  const { reviewDeadline } = await import("../../lib/minutes/service/circulation");
  const prisma = createPrismaClient({ url: DATABASE_URL, isEmbedded: NOTULEN_EMBEDDED_DB });
  const admin = { userId: "seed", personId: null, globalRole: "ADMIN" as const, memberships: new Map() };
  try {
    const meetingOf = (n: number) =>
      prisma.meeting.findFirstOrThrow({
        where: { sequenceNumber: n },
        select: {
          id: true,
          timeZone: true,
          programme: { select: { country: true } },
          minutes: {
            select: {
              id: true,
              adoptedAt: true,
              versions: { select: { id: true, number: true, content: true } },
            },
          },
        },
      });
    const snapshot = async (meetingId: string): Promise<TMeetingRecord> => {
      const record = await loadMeetingRecord(admin, meetingId);
      return {
        ...record,
        meeting: { ...record.meeting, status: "MINUTES_DRAFT" },
        minutes: { status: "DRAFT", latestVersion: 1, adoptedAt: null },
      };
    };

    // 1st meeting: adopted.
    const first = await meetingOf(DEMO_MEETINGS.first.sequenceNumber);
    const firstVersion = first.minutes?.versions[0];
    if (!first.minutes || !firstVersion || !(firstVersion.content as { format?: string }).format) {
      console.log("demo minutes are snapshots already");
      return;
    }
    const firstContent = await snapshot(first.id);
    const fingerprint = minutesFingerprint(firstContent);
    const files = await officialFiles(firstContent, 1, first.minutes.adoptedAt!, fingerprint);
    await prisma.$transaction(async (tx) => {
      await tx.minutesVersion.update({
        where: { id: firstVersion.id },
        data: { content: firstContent as object },
      });
      await tx.minutes.update({
        where: { id: first.minutes!.id },
        data: { fingerprint, files: { create: files } },
      });
    });

    // 2nd meeting: circulated for review.
    const second = await meetingOf(DEMO_MEETINGS.second.sequenceNumber);
    const secondVersion = second.minutes!.versions[0];
    const content = await snapshot(second.id);
    // Circulated two days before the demo was loaded; the comments came in since.
    const now = new Date(Date.now() - 2 * 86_400_000);
    const deadline = await reviewDeadline(now, second.timeZone, 10, second.programme.country);
    const reviewers = await prisma.invitation.findMany({
      where: { meetingId: second.id, attendance: "PRESENT", person: { email: { not: null } } },
      select: { person: { select: { id: true, organisationId: true } } },
    });
    const comments = await prisma.reviewComment.findMany({
      where: { minutesVersionId: secondVersion.id },
      select: {
        id: true,
        anchor: true,
        authorPersonId: true,
        authorPerson: { select: { organisationId: true } },
      },
    });
    // The demo comments name entries by number ("decision-4", "action-6", "remark-4").
    const byNumber = (anchor: string | null): string | null => {
      const match = /^(decision|action|remark)-(\d+)$/.exec(anchor ?? "");
      if (!match) return anchor;
      const n = Number(match[2]);
      if (match[1] === "decision") {
        const d = content.decisions.find((x) => x.number === n);
        return d ? anchorOf("decisions", d.id) : anchor;
      }
      const list = match[1] === "action" ? content.actionItems : content.remarks;
      const entry = list[n - 1];
      return entry ? anchorOf(match[1] === "action" ? "actionItems" : "remarks", entry.id) : anchor;
    };
    await prisma.$transaction(async (tx) => {
      await tx.minutesVersion.update({
        where: { id: secondVersion.id },
        data: {
          content: content as object,
          reviewOpensAt: now,
          reviewClosesAt: deadline.closesAt,
          reviewDeadline: deadline.date,
        },
      });
      await tx.minutesReviewer.createMany({
        data: reviewers.map((r) => ({
          minutesVersionId: secondVersion.id,
          personId: r.person.id,
          organisationId: r.person.organisationId,
        })),
        skipDuplicates: true,
      });
      for (const [i, c] of comments.entries()) {
        await tx.reviewComment.update({
          where: { id: c.id },
          data: {
            createdAt: new Date(now.getTime() + (20 + 3 * i) * 3_600_000),
            anchor: byNumber(c.anchor),
            organisationId: c.authorPerson?.organisationId ?? null,
            kind: c.anchor?.startsWith("remark") ? "SUBSTANTIVE" : "EDITORIAL",
          },
        });
      }
      // The organisation whose comment was accepted has answered; the others are still silent.
      const answered = comments.find((c) => c.anchor?.startsWith("action"));
      const orgId = answered?.authorPerson?.organisationId;
      if (answered && orgId) {
        await tx.reviewAnswer.create({
          data: {
            minutesVersionId: secondVersion.id,
            groupKey: orgId,
            organisationId: orgId,
            answer: "COMMENTS_SUBMITTED",
            personId: answered.authorPersonId,
            answeredAt: new Date(now.getTime() + 30 * 3_600_000),
          },
        });
      }
      await tx.minutes.update({ where: { id: second.minutes!.id }, data: { status: "IN_REVIEW" } });
      await tx.meeting.update({ where: { id: second.id }, data: { status: "MINUTES_IN_REVIEW" } });
    });
    console.log(
      `demo minutes: snapshots written, 1st adopted with stored files, 2nd circulated to ${reviewers.length} reviewers`,
    );
  } finally {
    await prisma.$disconnect();
    const { db } = await import("../../lib/db");
    await db().$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("demo minutes snapshot failed:", error);
  process.exitCode = 1;
});
