// POST /api/v1/meetings/{id}/agenda/generated — add adoption of the previous minutes and matters arising.
import { apiRoute } from "@/lib/api/handler";
import { addGeneratedItems } from "@/lib/agenda/service";

export const POST = apiRoute<{ id: string }>(
  "POST /api/v1/meetings/{id}/agenda/generated",
  async ({ user, params }) => ({
    data: await addGeneratedItems(user.access, params.id, { userId: user.id }),
  }),
);
