// GET /api/documents/{id}/minutes.pdf?lang=en|id — the formal minutes as PDF, generated from the record.
import { sessionApiRoute, parseQuery } from "@/lib/api/handler";
import { minutesResponse } from "@/lib/minutes/documents";
import { ZDocumentQuery } from "@/lib/minutes/documents-query";

export const GET = sessionApiRoute<{ id: string }>(
  "GET /api/documents/{id}/minutes.pdf",
  ({ user, params, request }) =>
    minutesResponse(user.access, params.id, parseQuery(request, ZDocumentQuery), "pdf"),
);
