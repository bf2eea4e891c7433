// Whom a review form speaks for — the reviewer of a personal link (its token, and the page's
// language for the answers) or the signed-in member (the meeting) — and the server action each of
// their writes goes to. The actions open the link, or check the member's access, themselves.
import type { TLocale } from "@/i18n/locales";
import {
  answerAction,
  answerByLinkAction,
  approveAction,
  approveByLinkAction,
  commentAction,
  commentByLinkAction,
} from "@/lib/minutes/review-actions";
import type { TReviewAnswerInput, TReviewCommentInput } from "@/lib/minutes/review-schema";

export type TReviewTarget =
  { via: "link"; token: string; locale: TLocale } | { via: "app"; meetingId: string };

export function sendComment(target: TReviewTarget, input: TReviewCommentInput) {
  return target.via === "link"
    ? commentByLinkAction({ ...input, token: target.token, locale: target.locale })
    : commentAction({ ...input, meetingId: target.meetingId });
}

export function sendAnswer(target: TReviewTarget, input: TReviewAnswerInput) {
  return target.via === "link"
    ? answerByLinkAction({ ...input, token: target.token, locale: target.locale })
    : answerAction({ ...input, meetingId: target.meetingId });
}

export function sendApproval(target: TReviewTarget, number: number) {
  return target.via === "link"
    ? approveByLinkAction({ number, token: target.token, locale: target.locale })
    : approveAction({ number, meetingId: target.meetingId });
}
