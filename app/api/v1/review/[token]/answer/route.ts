// POST /api/v1/review/{token}/answer — public, by personal link: the organisation's answer.
import { parseBody, publicApiRoute } from "@/lib/api/handler";
import { ZReviewAnswer } from "@/lib/minutes/review-schema";
import { answerReview } from "@/lib/minutes/service/review";
import { reviewByToken } from "@/lib/minutes/service/review-link";

export const POST = publicApiRoute("POST /api/v1/review/{token}/answer", async ({ request }) => {
  const input = await parseBody(request, ZReviewAnswer);
  return reviewByToken(request, (access) => answerReview(access, input));
});
