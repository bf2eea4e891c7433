// /api/v1/organisations/{id} — change an organisation's name, acronym, kind or parent.
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZUpdateOrganisation } from "@/lib/organisation/schema";
import { updateOrganisation } from "@/lib/organisation/service";

export const PATCH = apiRoute<{ id: string }>(
  "PATCH /api/v1/organisations/{id}",
  async ({ user, params, request }) =>
    updateOrganisation(user.access, params.id, await parseBody(request, ZUpdateOrganisation), {
      userId: user.id,
    }),
);
