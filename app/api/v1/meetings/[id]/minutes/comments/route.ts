// POST /api/v1/meetings/{id}/minutes/comments — a signed-in reviewer (minutes:review, circulated to
// them) comments on an anchor of the version under review.
import { NextResponse } from "next/server";
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZReviewComment } from "@/lib/minutes/review-schema";
import { appReviewAccess } from "@/lib/minutes/service/review-access";
import { addReviewComment } from "@/lib/minutes/service/review";

export const POST = apiRoute<{ id: string }>(
  "POST /api/v1/meetings/{id}/minutes/comments",
  async ({ user, params, request }) => {
    const input = await parseBody(request, ZReviewComment);
    return NextResponse.json(await addReviewComment(await appReviewAccess(user.access, params.id), input), {
      status: 201,
    });
  },
);
