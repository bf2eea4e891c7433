// PATCH/DELETE /api/v1/meetings/{id}/agenda/{itemId} — edit or remove one agenda item, at the version
// the caller last read (409 with the item as it is now when it changed since).
import { apiRoute, parseBody, parseQuery } from "@/lib/api/handler";
import { ZDeleteAgendaItem, ZUpdateAgendaItem } from "@/lib/agenda/schema";
import { deleteAgendaItem, updateAgendaItem } from "@/lib/agenda/service";

type TParams = { id: string; itemId: string };

export const PATCH = apiRoute<TParams>(
  "PATCH /api/v1/meetings/{id}/agenda/{itemId}",
  async ({ user, params, request }) =>
    updateAgendaItem(user.access, params.id, params.itemId, await parseBody(request, ZUpdateAgendaItem), {
      userId: user.id,
    }),
);

/** DELETE …?version=N: the version the caller last read. */
export const DELETE = apiRoute<TParams>(
  "DELETE /api/v1/meetings/{id}/agenda/{itemId}",
  async ({ user, params, request }) => {
    await deleteAgendaItem(user.access, params.id, params.itemId, parseQuery(request, ZDeleteAgendaItem), {
      userId: user.id,
    });
    return new Response(null, { status: 204 });
  },
);
