// GET /api/documents/{id}/summary?lang=en|id&format=md|html|json — the news-style summary of the meeting.
import { sessionApiRoute, parseQuery } from "@/lib/api/handler";
import { summaryResponse } from "@/lib/minutes/documents";
import { ZSummaryQuery } from "@/lib/minutes/documents-query";

export const GET = sessionApiRoute<{ id: string }>(
  "GET /api/documents/{id}/summary",
  ({ user, params, request }) => summaryResponse(user.access, params.id, parseQuery(request, ZSummaryQuery)),
);
