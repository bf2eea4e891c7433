// POST /api/v1/meetings/{id}/minutes/adopt — record the adoption of the latest version of the
// minutes ({ number, method, version? }): locks and fingerprints it, stores the official documents.
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZAdoptMinutes } from "@/lib/minutes/adoption-schema";
import { adoptMinutesVersion } from "@/lib/minutes/service/adoption";

export const POST = apiRoute<{ id: string }>(
  "POST /api/v1/meetings/{id}/minutes/adopt",
  async ({ user, params, request }) =>
    adoptMinutesVersion(user.access, params.id, await parseBody(request, ZAdoptMinutes), { userId: user.id }),
);
