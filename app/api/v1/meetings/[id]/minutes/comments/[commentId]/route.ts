// PATCH /api/v1/meetings/{id}/minutes/comments/{commentId} — the secretariat disposes of a comment
// ({ status: ACCEPTED | REJECTED | NOTED, response?, version }); accepted replacement text is written
// into the record. 409 with the comment as it is when someone disposed of it meanwhile.
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZDisposeComment } from "@/lib/minutes/review-schema";
import { disposeComment } from "@/lib/minutes/service/consolidation";

export const PATCH = apiRoute<{ id: string; commentId: string }>(
  "PATCH /api/v1/meetings/{id}/minutes/comments/{commentId}",
  async ({ user, params, request }) =>
    disposeComment(user.access, params.id, params.commentId, await parseBody(request, ZDisposeComment), {
      userId: user.id,
    }),
);
