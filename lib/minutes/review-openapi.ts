// The review cycle of draft minutes, for openapi.json: circulation, the secretariat's view and
// dispositions, the no-objection procedure, reviewers' comments and answers (signed in, or by their
// personal link), and co-chairs' approvals.
import { schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { errorAnswer, inputSchema, jsonOperation, pathParameter } from "@/lib/openapi/operation";
import {
  ZApprovalOut,
  ZApproveMinutes,
  ZCirculateMinutes,
  ZCirculation,
  ZDisposeComment,
  ZNoObjectionOpened,
  ZOpenNoObjection,
  ZReviewAnswer,
  ZReviewAnswerOut,
  ZReviewComment,
  ZReviewCommentOut,
  ZReviewPageOut,
  ZReviewState,
} from "./review-schema";

const CLOSED =
  "The version is no longer open for review (a newer one was cut, or the minutes are adopted); nothing was saved";
const tokenParameter = {
  name: "token",
  in: "path",
  required: true,
  description: "The personal review link's token, from the reviewer's e-mail",
  schema: { type: "string" },
};
const NO_LINK = errorAnswer(
  "404",
  "The link does not open: forged, expired, revoked or another person's; nothing was written",
);

/** The same write by a signed-in reviewer and by a personal link. */
function reviewerWrite(
  what: string,
  id: string,
  body: string,
  answer: [string, string],
  conflict = CLOSED,
  status: "200" | "201" = "200",
) {
  return {
    app: {
      post: jsonOperation({
        summary: `${what} — a signed-in member with minutes:review to whom the latest circulated version was sent`,
        operationId: id,
        parameters: [pathParameter("id")],
        body,
        answers: { [status]: answer },
        errors: {
          ...errorAnswer("404", "No such meeting, or the minutes were not circulated to you"),
          ...errorAnswer("409", conflict),
        },
      }),
    },
    link: {
      post: {
        ...jsonOperation({
          summary: `${what} — by personal review link (no password: the token is the credential)`,
          operationId: `${id}ByLink`,
          parameters: [tokenParameter],
          body,
          answers: { [status]: answer },
          errors: { ...NO_LINK, ...errorAnswer("409", conflict) },
        }),
        security: [],
      },
    },
  };
}

const comment = reviewerWrite(
  "Comment on an anchor of the version under review (editorial or substantive, optionally with replacement text)",
  "commentOnMinutes",
  "ReviewCommentInput",
  ["The comment", "ReviewComment"],
  CLOSED,
  "201",
);
const answer = reviewerWrite(
  "Answer for your organisation: NO_COMMENTS, COMMENTS_SUBMITTED or OBJECTION (with a reason; halts a running no-objection procedure)",
  "answerOnMinutes",
  "ReviewAnswerInput",
  ["The answer", "ReviewAnswerOut"],
);
const approve = reviewerWrite(
  "A co-chair approves the latest version; the last co-chair's approval adopts the minutes (CO_CHAIRS)",
  "approveMinutes",
  "ApproveMinutes",
  ["The approval", "ApprovalOut"],
  "Not open, the programme does not use the co-chairs' approval, you are not a co-chair, or you approved already",
);

export const minutesReviewOpenApi: TOpenApiFragment = {
  schemas: {
    CirculateMinutes: inputSchema(ZCirculateMinutes),
    Circulation: schema(ZCirculation),
    ReviewState: schema(ZReviewState),
    ReviewCommentInput: inputSchema(ZReviewComment),
    ReviewComment: schema(ZReviewCommentOut),
    DisposeComment: inputSchema(ZDisposeComment),
    ReviewAnswerInput: inputSchema(ZReviewAnswer),
    ReviewAnswerOut: schema(ZReviewAnswerOut),
    ApproveMinutes: inputSchema(ZApproveMinutes),
    ApprovalOut: schema(ZApprovalOut),
    OpenNoObjection: inputSchema(ZOpenNoObjection),
    NoObjectionOpened: schema(ZNoObjectionOpened),
    ReviewPage: schema(ZReviewPageOut),
  },
  paths: {
    "/meetings/{id}/minutes/circulate": {
      post: jsonOperation({
        summary:
          "Circulate the latest version for review (record:manage): to `reviewerIds`, by default every present participant with an e-mail address; deadline `workingDays` working days ahead in the meeting's time zone (Saturdays, Sundays and listed holidays skipped). Each reviewer is e-mailed a personal review link in their language; reminders are queued two working days before the deadline and on the day",
        operationId: "circulateMinutes",
        parameters: [pathParameter("id")],
        body: "CirculateMinutes",
        answers: { "200": ["The circulation", "Circulation"] },
        errors: {
          ...errorAnswer("404", "No such meeting, or not one you may change"),
          ...errorAnswer("409", "Adopted, not drafted yet, not the latest version, or already circulated"),
        },
      }),
    },
    "/meetings/{id}/minutes/review": {
      get: jsonOperation({
        summary:
          "The review cycle as the secretariat follows it (record:manage): every comment with its disposition, the per-organisation response log (responded / silent / objected, when), the no-objection procedure and co-chairs' approvals",
        operationId: "getMinutesReview",
        parameters: [pathParameter("id")],
        answers: { "200": ["The review state", "ReviewState"] },
        errors: errorAnswer("404", "No such meeting, or not one you may change"),
      }),
    },
    "/meetings/{id}/minutes/comments/{commentId}": {
      patch: jsonOperation({
        summary:
          "Dispose of a comment (record:manage): ACCEPTED (its replacement text is written into the record), REJECTED (not accepted) or NOTED, with a reply the reviewer sees",
        operationId: "disposeReviewComment",
        parameters: [pathParameter("id"), pathParameter("commentId")],
        body: "DisposeComment",
        answers: { "200": ["The comment as disposed of", "ReviewComment"] },
        errors: {
          ...errorAnswer("404", "No such meeting or comment"),
          ...errorAnswer(
            "409",
            "Someone disposed of it since `version` (`current` holds it as it is), or the minutes are adopted",
          ),
        },
      }),
    },
    "/meetings/{id}/minutes/no-objection": {
      post: jsonOperation({
        summary:
          "Open the written no-objection procedure on the latest version (record:manage): reviewers are told; an organisation's OBJECTION halts it and tells the secretariat; at the deadline a job adopts the minutes (NO_OBJECTION) and sends every reviewer the notice of adoption",
        operationId: "openNoObjection",
        parameters: [pathParameter("id")],
        body: "OpenNoObjection",
        answers: { "200": ["The procedure", "NoObjectionOpened"] },
        errors: {
          ...errorAnswer("404", "No such meeting or version, or not one you may change"),
          ...errorAnswer(
            "409",
            "Not used by the programme, adopted, not the latest version, never circulated, or already running",
          ),
        },
      }),
    },
    "/meetings/{id}/minutes/comments": comment.app,
    "/meetings/{id}/minutes/answer": answer.app,
    "/meetings/{id}/minutes/approve": approve.app,
    "/review/{token}": {
      get: {
        ...jsonOperation({
          summary:
            "The review a personal link opens (no password): the version as a document with its anchors, the comments the reviewer may see, their organisation's answer",
          operationId: "getReviewByLink",
          parameters: [tokenParameter],
          answers: { "200": ["The review", "ReviewPage"] },
          errors: NO_LINK,
        }),
        security: [],
      },
    },
    "/review/{token}/comments": comment.link,
    "/review/{token}/answer": answer.link,
    "/review/{token}/approve": approve.link,
  },
};
