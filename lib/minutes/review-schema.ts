// Zod schemas of the review cycle of draft minutes — circulation, comments, organisations' answers,
// dispositions, the no-objection procedure and co-chairs' approvals — shared by the review and
// consolidation screens, the server actions, the API routes and openapi.json.
import { z } from "zod";
import { zOptionalText } from "@/lib/schema/fields";
import { ADOPTION_METHODS } from "./adoption-schema";

const zInt = z.coerce.number().int().positive().max(2_147_483_647);
const zId = z.string().trim().min(1).max(64);

/** Working days a reviewer gets by default (Saturdays, Sundays and listed holidays not counted). */
export const DEFAULT_REVIEW_WORKING_DAYS = 10;

export const ZCirculateMinutes = z.object({
  number: zInt.describe("The version circulated: the latest one"),
  reviewerIds: z
    .array(zId)
    .min(1, "minutesReview.errors.noReviewers")
    .max(500)
    .optional()
    .describe("Persons to circulate to; default: every present participant with an e-mail address"),
  workingDays: z.coerce
    .number("minutesReview.errors.workingDays")
    .int("minutesReview.errors.workingDays")
    .min(1, "minutesReview.errors.workingDays")
    .max(60, "minutesReview.errors.workingDays")
    .default(DEFAULT_REVIEW_WORKING_DAYS)
    .describe("Deadline in working days after today, in the meeting's time zone (default 10)"),
});
export type TCirculateMinutes = z.input<typeof ZCirculateMinutes>;

export const COMMENT_KINDS = ["EDITORIAL", "SUBSTANTIVE"] as const;
export const ANSWERS = ["NO_COMMENTS", "COMMENTS_SUBMITTED", "OBJECTION"] as const;
export type TReviewAnswerKind = (typeof ANSWERS)[number];
export const DISPOSITIONS = ["ACCEPTED", "REJECTED", "NOTED"] as const;

export const ZReviewComment = z.object({
  anchor: z
    .string()
    .trim()
    .min(1, "minutesReview.errors.anchor")
    .max(100)
    .describe("What the comment is on: an anchor of the version (GET …/review: `anchors`)"),
  body: z
    .string("minutesReview.errors.bodyRequired")
    .trim()
    .min(1, "minutesReview.errors.bodyRequired")
    .max(4000),
  kind: z.enum(COMMENT_KINDS, "minutesReview.errors.kind").default("EDITORIAL"),
  replacementText: zOptionalText(4000).describe(
    "Proposed text replacing the anchored text (a tracked change)",
  ),
});
export type TReviewCommentInput = z.input<typeof ZReviewComment>;

export const ZReviewAnswer = z
  .object({
    answer: z.enum(ANSWERS, "minutesReview.errors.answer"),
    reason: zOptionalText(4000).describe("Required with OBJECTION"),
  })
  .refine((a) => a.answer !== "OBJECTION" || !!a.reason, {
    path: ["reason"],
    message: "minutesReview.errors.reasonRequired",
  });
export type TReviewAnswerInput = z.input<typeof ZReviewAnswer>;

export const ZDisposeComment = z.object({
  status: z.enum(DISPOSITIONS, "minutesReview.errors.disposition"),
  response: zOptionalText(4000).describe("The reply shown to the reviewer"),
  version: zInt.describe("The comment's version the caller saw; another means it changed meanwhile (409)"),
});
export type TDisposeCommentInput = z.input<typeof ZDisposeComment>;

export const ZOpenNoObjection = z.object({
  number: zInt.describe("The version put to the procedure: the latest one"),
  workingDays: z.coerce
    .number("minutesReview.errors.workingDays")
    .int("minutesReview.errors.workingDays")
    .min(1, "minutesReview.errors.workingDays")
    .max(60, "minutesReview.errors.workingDays")
    .default(DEFAULT_REVIEW_WORKING_DAYS)
    .describe("The deadline in working days"),
});
export type TOpenNoObjection = z.input<typeof ZOpenNoObjection>;

export const ZApproveMinutes = z.object({ number: zInt.describe("The version approved: the latest one") });

export const ZReviewSettings = z.object({
  adoptionMethods: z
    .array(z.enum(ADOPTION_METHODS, "minutesReview.errors.method"))
    .min(1, "minutesReview.errors.methodsRequired"),
  reviewVisibility: z.enum(["OWN_ORGANISATION", "ALL_REVIEWERS"], "minutesReview.errors.visibility"),
});

// ── Answers ────────────────────────────────────────────────────────────────────────────────────

const ZPersonRef = z.object({ id: z.string(), name: z.string() });
const ZOrgRef = z.object({ id: z.string(), name: z.string(), acronym: z.string().nullable() }).nullable();

export const ZReviewCommentOut = z.object({
  id: z.string(),
  number: z.number().int().describe("The version commented on"),
  anchor: z.string(),
  section: z.enum(["meeting", "attendance", "agenda", "remarks", "decisions", "actionItems"]).nullable(),
  anchorLabel: z
    .string()
    .nullable()
    .describe("What the anchor points at: a name, a title, a decision's number"),
  body: z.string(),
  kind: z.enum(COMMENT_KINDS),
  originalText: z.string().nullable().describe("The anchored text in the version commented on"),
  replacementText: z.string().nullable(),
  status: z.enum(["OPEN", ...DISPOSITIONS]),
  response: z.string().nullable(),
  author: ZPersonRef.nullable(),
  organisation: ZOrgRef,
  createdAt: z.string(),
  disposedAt: z.string().nullable(),
  appliedAt: z.string().nullable().describe("When accepted text was written into the record"),
  version: z.number().int(),
});
export type TReviewCommentOut = z.infer<typeof ZReviewCommentOut>;

export const ZResponseLogEntry = z.object({
  organisation: ZOrgRef,
  reviewers: z.array(ZPersonRef),
  state: z.enum(["RESPONDED", "SILENT", "OBJECTED"]),
  answer: z.enum(ANSWERS).nullable(),
  reason: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
  comments: z.number().int(),
});
export type TResponseLogEntry = z.infer<typeof ZResponseLogEntry>;

export const ZReviewState = z.object({
  meetingId: z.string(),
  number: z.number().int().nullable().describe("The version under review (null: none circulated)"),
  circulatedAt: z.string().nullable(),
  deadline: z.string().nullable().describe("Calendar date in the meeting's time zone"),
  closesAt: z.string().nullable().describe("ISO instant: the end of the deadline day"),
  noObjection: z
    .object({
      number: z.number().int(),
      openedAt: z.string(),
      deadline: z.string(),
      haltedAt: z.string().nullable(),
    })
    .nullable(),
  adoptionMethods: z.array(z.enum(ADOPTION_METHODS)),
  approvals: z.array(z.object({ person: ZPersonRef, approvedAt: z.string() })),
  coChairs: z.array(ZPersonRef),
  log: z.array(ZResponseLogEntry),
  comments: z.array(ZReviewCommentOut),
});
export type TReviewState = z.infer<typeof ZReviewState>;

export const ZCirculation = z.object({
  meetingId: z.string(),
  number: z.number().int(),
  deadline: z.string().describe("Calendar date in the meeting's time zone"),
  closesAt: z.string().describe("ISO instant: the end of the deadline day"),
  reviewers: z
    .array(z.object({ personId: z.string(), name: z.string(), mailed: z.boolean() }))
    .describe("`mailed: false`: the e-mail could not be sent (see the outbox)"),
});

export const ZNoObjectionOpened = z.object({
  meetingId: z.string(),
  number: z.number().int(),
  deadline: z.string().describe("Calendar date in the meeting's time zone"),
  closesAt: z.string().describe("ISO instant at which the deadline job adopts the minutes, unless halted"),
});

export const ZReviewAnswerOut = z.object({
  answer: z.enum(ANSWERS),
  reason: z.string().nullable(),
  answeredAt: z.string(),
  haltedNoObjection: z.boolean().describe("This objection halted the no-objection procedure"),
});

export const ZApprovalOut = z.object({
  approvedAt: z.string(),
  adopted: z.boolean().describe("This was the last co-chair's approval: the minutes are adopted"),
});

export const ZReviewPageOut = z
  .object({
    locale: z.enum(["en", "id"]),
    number: z.number().int(),
    latestNumber: z.number().int(),
    closed: z.enum(["adopted", "superseded"]).nullable(),
    deadline: z.string().nullable(),
    content: z.record(z.string(), z.unknown()).describe("The version's snapshot of the record"),
    anchors: z.array(
      z.object({
        anchor: z.string(),
        section: z.string(),
        label: z.string(),
        text: z.string(),
        isApplicable: z.boolean(),
      }),
    ),
    comments: z.array(ZReviewCommentOut),
  })
  .passthrough();
