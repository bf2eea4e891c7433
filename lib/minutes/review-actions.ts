// Server actions behind the review screens: the reviewer's (by personal link — public, the token
// is the credential — or signed in) and the secretariat's circulation, dispositions and procedure.
// Each is the one action frame around the service, which checks the link or the permission.
"use server";
import { z } from "zod";
import { runAction, runPublicAction } from "@/lib/action/run-action";
import { AppError } from "@/lib/errors";
import { ZAdoptMinutes } from "./adoption-schema";
import {
  ZApproveMinutes,
  ZCirculateMinutes,
  ZDisposeComment,
  ZOpenNoObjection,
  ZReviewAnswer,
  ZReviewComment,
} from "./review-schema";
import { adoptMinutesVersion } from "./service/adoption";
import { circulateMinutes } from "./service/circulation";
import { disposeComment } from "./service/consolidation";
import { openNoObjection } from "./service/no-objection";
import { appReviewAccess, openReviewLink, type TReviewAccess } from "./service/review-access";
import { addReviewComment, answerReview, approveAsCoChair } from "./service/review";

const zToken = z.string().max(200);
const zMeetingId = z.string().trim().min(1).max(64);
const zLocale = z.enum(["en", "id"]).optional();

/** The reviewer a form speaks for: the link's (token) or the signed-in member's (meetingId). */
const ZWho = z.object({ token: zToken.optional(), meetingId: zMeetingId.optional(), locale: zLocale });

async function byToken(token: string): Promise<TReviewAccess> {
  const access = await openReviewLink(token);
  if (!access) throw AppError.notFound("reviewLink");
  return access;
}

const reviewPaths = (i: { token?: string; meetingId?: string }) =>
  i.token ? [`/review/${i.token}`] : i.meetingId ? [`/meetings/${i.meetingId}/minutes/review`, "/"] : [];

export const commentByLinkAction = runPublicAction(
  "commenting on draft minutes by link",
  ZReviewComment.extend({ token: zToken, locale: zLocale }),
  async ({ token, ...input }) => addReviewComment(await byToken(token), input),
  { revalidate: reviewPaths, locale: (i) => i.locale },
);

export const answerByLinkAction = runPublicAction(
  "answering on draft minutes by link",
  z.intersection(ZReviewAnswer, ZWho.extend({ token: zToken })),
  async ({ token, answer, reason }) => answerReview(await byToken(token), { answer, reason }),
  { revalidate: reviewPaths, locale: (i) => i.locale },
);

export const approveByLinkAction = runPublicAction(
  "a co-chair approving minutes by link",
  ZApproveMinutes.extend({ token: zToken, locale: zLocale }),
  async ({ token, number }) => approveAsCoChair(await byToken(token), { number }),
  { revalidate: reviewPaths, locale: (i) => i.locale },
);

export const commentAction = runAction(
  "commenting on draft minutes",
  ZReviewComment.extend({ meetingId: zMeetingId }),
  async ({ meetingId, ...input }, { user }) =>
    addReviewComment(await appReviewAccess(user.access, meetingId), input),
  { revalidate: reviewPaths },
);

export const answerAction = runAction(
  "answering on draft minutes",
  z.intersection(ZReviewAnswer, z.object({ meetingId: zMeetingId })),
  async ({ meetingId, answer, reason }, { user }) =>
    answerReview(await appReviewAccess(user.access, meetingId), { answer, reason }),
  { revalidate: reviewPaths },
);

export const approveAction = runAction(
  "a co-chair approving minutes",
  ZApproveMinutes.extend({ meetingId: zMeetingId }),
  async ({ meetingId, number }, { user }) =>
    approveAsCoChair(await appReviewAccess(user.access, meetingId), { number }),
  { revalidate: (i) => [...reviewPaths(i), `/meetings/${i.meetingId}`] },
);

const secretariatPaths = (meetingId: string) => [
  `/meetings/${meetingId}`,
  `/meetings/${meetingId}/outputs`,
  `/meetings/${meetingId}/minutes/consolidation`,
];

export const circulateAction = runAction(
  "circulating draft minutes",
  ZCirculateMinutes.extend({ meetingId: zMeetingId }),
  ({ meetingId, ...input }, { user, actor }) => circulateMinutes(user.access, meetingId, input, actor),
  { revalidate: ({ meetingId }) => secretariatPaths(meetingId) },
);

export const disposeAction = runAction(
  "disposing of a review comment",
  ZDisposeComment.extend({ meetingId: zMeetingId, commentId: zMeetingId }),
  ({ meetingId, commentId, ...input }, { user, actor }) =>
    disposeComment(user.access, meetingId, commentId, input, actor),
  { revalidate: ({ meetingId }) => secretariatPaths(meetingId) },
);

export const openNoObjectionAction = runAction(
  "opening a no-objection procedure",
  ZOpenNoObjection.extend({ meetingId: zMeetingId }),
  ({ meetingId, ...input }, { user, actor }) => openNoObjection(user.access, meetingId, input, actor),
  { revalidate: ({ meetingId }) => secretariatPaths(meetingId) },
);

export const adoptAction = runAction(
  "adopting minutes",
  ZAdoptMinutes.extend({ meetingId: zMeetingId }),
  ({ meetingId, ...input }, { user, actor }) => adoptMinutesVersion(user.access, meetingId, input, actor),
  { revalidate: ({ meetingId }) => secretariatPaths(meetingId) },
);
