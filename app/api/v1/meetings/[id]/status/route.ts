// POST /api/v1/meetings/{id}/status — move a meeting along its lifecycle ({ to, version }).
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZChangeMeetingStatus } from "@/lib/meeting/schema";
import { changeMeetingStatus } from "@/lib/meeting/service/meetings";

export const POST = apiRoute<{ id: string }>(
  "POST /api/v1/meetings/{id}/status",
  async ({ user, params, request }) =>
    changeMeetingStatus(user.access, params.id, await parseBody(request, ZChangeMeetingStatus), {
      userId: user.id,
    }),
);
