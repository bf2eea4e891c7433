// POST /api/v1/review/{token}/approve — public, by personal link: a co-chair approves the version.
import { parseBody, publicApiRoute } from "@/lib/api/handler";
import { ZApproveMinutes } from "@/lib/minutes/review-schema";
import { approveAsCoChair } from "@/lib/minutes/service/review";
import { reviewByToken } from "@/lib/minutes/service/review-link";

export const POST = publicApiRoute("POST /api/v1/review/{token}/approve", async ({ request }) => {
  const input = await parseBody(request, ZApproveMinutes);
  return reviewByToken(request, (access) => approveAsCoChair(access, input));
});
