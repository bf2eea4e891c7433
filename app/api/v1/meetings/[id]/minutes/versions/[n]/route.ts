// GET /api/v1/meetings/{id}/minutes/versions/{n} — one version of the draft minutes, with its snapshot.
import { apiRoute } from "@/lib/api/handler";
import { getMinutesVersion } from "@/lib/minutes/service/versions";

export const GET = apiRoute<{ id: string; n: string }>(
  "GET /api/v1/meetings/{id}/minutes/versions/{n}",
  async ({ user, params }) => getMinutesVersion(user.access, params.id, Number(params.n)),
);
