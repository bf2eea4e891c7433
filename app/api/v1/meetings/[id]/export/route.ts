// GET /api/v1/meetings/{id}/export — the whole meeting as a meeting bundle (a JSON file download).
import { downloadResponse } from "@/lib/api/download";
import { apiRoute } from "@/lib/api/handler";
import { bundleFileName, exportMeetingBundle } from "@/lib/bundle/service/export";

export const GET = apiRoute<{ id: string }>("GET /api/v1/meetings/{id}/export", async ({ user, params }) => {
  const bundle = await exportMeetingBundle(user.access, params.id);
  return downloadResponse({
    body: `${JSON.stringify(bundle, null, 2)}\n`,
    type: "application/json; charset=utf-8",
    filename: bundleFileName(bundle),
  });
});
