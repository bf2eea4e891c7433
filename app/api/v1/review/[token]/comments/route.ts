// POST /api/v1/review/{token}/comments — public, by personal link: comment on an anchor.
import { NextResponse } from "next/server";
import { parseBody, publicApiRoute } from "@/lib/api/handler";
import { ZReviewComment } from "@/lib/minutes/review-schema";
import { addReviewComment } from "@/lib/minutes/service/review";
import { reviewByToken } from "@/lib/minutes/service/review-link";

export const POST = publicApiRoute("POST /api/v1/review/{token}/comments", async ({ request }) => {
  const input = await parseBody(request, ZReviewComment);
  return NextResponse.json(await reviewByToken(request, (access) => addReviewComment(access, input)), {
    status: 201,
  });
});
