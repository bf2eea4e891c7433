// GET /api/v1/meetings/{id}/minutes/diff?from=1&to=2 — what changed between two versions, per section.
import { apiRoute, parseQuery } from "@/lib/api/handler";
import { diffMinutesVersions } from "@/lib/minutes/service/versions";
import { ZMinutesDiffQuery } from "@/lib/minutes/versions-schema";

export const GET = apiRoute<{ id: string }>(
  "GET /api/v1/meetings/{id}/minutes/diff",
  async ({ user, params, request }) =>
    diffMinutesVersions(user.access, params.id, parseQuery(request, ZMinutesDiffQuery)),
);
