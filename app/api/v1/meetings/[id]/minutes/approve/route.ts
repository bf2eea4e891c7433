// POST /api/v1/meetings/{id}/minutes/approve — a co-chair approves the latest version ({ number });
// the last co-chair's approval adopts the minutes (where the programme uses the co-chairs' approval).
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZApproveMinutes } from "@/lib/minutes/review-schema";
import { appReviewAccess } from "@/lib/minutes/service/review-access";
import { approveAsCoChair } from "@/lib/minutes/service/review";

export const POST = apiRoute<{ id: string }>(
  "POST /api/v1/meetings/{id}/minutes/approve",
  async ({ user, params, request }) => {
    const input = await parseBody(request, ZApproveMinutes);
    return approveAsCoChair(await appReviewAccess(user.access, params.id), input);
  },
);
