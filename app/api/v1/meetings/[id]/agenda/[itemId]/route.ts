// PATCH/DELETE /api/v1/meetings/{id}/agenda/{itemId} — edit or remove one agenda item.
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZUpdateAgendaItem } from "@/lib/agenda/schema";
import { deleteAgendaItem, updateAgendaItem } from "@/lib/agenda/service";

type TParams = { id: string; itemId: string };

export const PATCH = apiRoute<TParams>(
  "PATCH /api/v1/meetings/{id}/agenda/{itemId}",
  async ({ user, params, request }) =>
    updateAgendaItem(user.access, params.id, params.itemId, await parseBody(request, ZUpdateAgendaItem), {
      userId: user.id,
    }),
);

export const DELETE = apiRoute<TParams>(
  "DELETE /api/v1/meetings/{id}/agenda/{itemId}",
  async ({ user, params }) => {
    await deleteAgendaItem(user.access, params.id, params.itemId, { userId: user.id });
    return new Response(null, { status: 204 });
  },
);
