// POST /api/v1/meetings/import — create a meeting from a meeting bundle; 400 lists every problem.
import { apiRoute } from "@/lib/api/handler";
import { bundleImport } from "@/lib/bundle/http";

export const POST = apiRoute("POST /api/v1/meetings/import", async ({ user, request }) =>
  bundleImport(user, request),
);
