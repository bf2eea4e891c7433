// GET /api/v1/meetings/{id}/summary?lang=en|id&format=md|html|json — the news-style summary of the meeting.
import { downloadResponse } from "@/lib/api/download";
import { apiRoute, parseQuery } from "@/lib/api/handler";
import { summaryFile } from "@/lib/minutes/documents";
import { ZSummaryQuery } from "@/lib/minutes/documents-query";

export const GET = apiRoute<{ id: string }>(
  "GET /api/v1/meetings/{id}/summary",
  async ({ user, params, request }) => {
    const file = await summaryFile(user.access, params.id, parseQuery(request, ZSummaryQuery));
    if ("json" in file) {
      return Response.json(file.json, {
        headers: { "Content-Language": file.language, "Cache-Control": "private, no-store" },
      });
    }
    return downloadResponse(file);
  },
);
