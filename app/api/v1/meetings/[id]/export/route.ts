// GET /api/v1/meetings/{id}/export — the whole meeting as a meeting bundle (a JSON file download).
import { apiRoute } from "@/lib/api/handler";
import { bundleDownload } from "@/lib/bundle/http";

export const GET = apiRoute<{ id: string }>("GET /api/v1/meetings/{id}/export", async ({ user, params }) =>
  bundleDownload(user, params.id),
);
