// /api/v1/holidays/{id} — change or delete a public holiday (a global administrator), at the
// version the caller last read (409 with the holiday as it is now when it changed since).
import { apiRoute, parseBody, parseQuery } from "@/lib/api/handler";
import { ZDeleteHoliday, ZUpdateHoliday } from "@/lib/holiday/schema";
import { deleteHoliday, updateHoliday } from "@/lib/holiday/service";

export const PATCH = apiRoute<{ id: string }>(
  "PATCH /api/v1/holidays/{id}",
  async ({ user, params, request }) =>
    updateHoliday(user.access, params.id, await parseBody(request, ZUpdateHoliday), { userId: user.id }),
);

/** DELETE …?version=N: the version the caller last read. */
export const DELETE = apiRoute<{ id: string }>(
  "DELETE /api/v1/holidays/{id}",
  async ({ user, params, request }) => {
    await deleteHoliday(user.access, params.id, parseQuery(request, ZDeleteHoliday), { userId: user.id });
    return new Response(null, { status: 204 });
  },
);
