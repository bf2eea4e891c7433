// /api/v1/organisations/{id}/merge — merge this duplicate into the organisation `into` and delete it.
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZMergeOrganisation } from "@/lib/organisation/schema";
import { mergeOrganisation } from "@/lib/organisation/service";

export const POST = apiRoute<{ id: string }>(
  "POST /api/v1/organisations/{id}/merge",
  async ({ user, params, request }) =>
    mergeOrganisation(user.access, params.id, await parseBody(request, ZMergeOrganisation), {
      userId: user.id,
    }),
);
