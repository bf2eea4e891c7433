// GET /api/v1/meetings/{id}/sign-in-sheet.pdf?lang=en|id — the printable sign-in sheet, for bearer-token clients.
import { apiRoute } from "@/lib/api/handler";
import { sheetResponse, signInSheet } from "@/lib/register/sign-in-sheet";

export const runtime = "nodejs";

export const GET = apiRoute<{ id: string }>(
  "GET /api/v1/meetings/{id}/sign-in-sheet.pdf",
  async ({ user, params, request }) =>
    sheetResponse(
      await signInSheet(user.access, params.id, Object.fromEntries(new URL(request.url).searchParams)),
    ),
);
