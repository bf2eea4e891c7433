// DELETE /api/v1/meetings/{id}/co-chairs/{personId} — remove a co-chair.
import { apiRoute } from "@/lib/api/handler";
import { removeCoChair } from "@/lib/co-chair/service";

export const DELETE = apiRoute<{ id: string; personId: string }>(
  "DELETE /api/v1/meetings/{id}/co-chairs/{personId}",
  async ({ user, params }) => {
    await removeCoChair(user.access, params.id, params.personId, { userId: user.id });
    return new Response(null, { status: 204 });
  },
);
