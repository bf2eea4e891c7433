// POST /api/v1/meetings/{id}/minutes/answer — a signed-in reviewer answers for their organisation
// ({ answer: NO_COMMENTS | COMMENTS_SUBMITTED | OBJECTION, reason? }).
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZReviewAnswer } from "@/lib/minutes/review-schema";
import { appReviewAccess } from "@/lib/minutes/service/review-access";
import { answerReview } from "@/lib/minutes/service/review";

export const POST = apiRoute<{ id: string }>(
  "POST /api/v1/meetings/{id}/minutes/answer",
  async ({ user, params, request }) => {
    const input = await parseBody(request, ZReviewAnswer);
    return answerReview(await appReviewAccess(user.access, params.id), input);
  },
);
