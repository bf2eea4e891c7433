// PUT /api/v1/meetings/{id}/agenda/order — save the whole agenda in a new order ({ itemIds }).
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZReorderAgenda } from "@/lib/agenda/schema";
import { reorderAgenda } from "@/lib/agenda/service";

export const PUT = apiRoute<{ id: string }>(
  "PUT /api/v1/meetings/{id}/agenda/order",
  async ({ user, params, request }) => ({
    data: await reorderAgenda(user.access, params.id, await parseBody(request, ZReorderAgenda), {
      userId: user.id,
    }),
  }),
);
