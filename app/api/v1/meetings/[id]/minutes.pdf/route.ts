// GET /api/v1/meetings/{id}/minutes.pdf?lang=en|id — the formal minutes as PDF, generated from the record.
import { downloadResponse } from "@/lib/api/download";
import { apiRoute, parseQuery } from "@/lib/api/handler";
import { minutesFile } from "@/lib/minutes/documents";
import { ZDocumentQuery } from "@/lib/minutes/documents-query";

export const GET = apiRoute<{ id: string }>(
  "GET /api/v1/meetings/{id}/minutes.pdf",
  async ({ user, params, request }) =>
    downloadResponse(await minutesFile(user.access, params.id, parseQuery(request, ZDocumentQuery), "pdf")),
);
