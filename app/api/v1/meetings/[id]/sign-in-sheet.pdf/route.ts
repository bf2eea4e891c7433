// GET /api/v1/meetings/{id}/sign-in-sheet.pdf?lang=en|id — the printable sign-in sheet, in the
// language asked for, else the caller's.
import { downloadResponse } from "@/lib/api/download";
import { apiRoute, parseQuery } from "@/lib/api/handler";
import { requestLocale } from "@/lib/i18n/request-locale";
import { ZSignInSheetQuery } from "@/lib/register/schema";
import { signInSheet } from "@/lib/register/service/sign-in-sheet";

export const runtime = "nodejs";

export const GET = apiRoute<{ id: string }>(
  "GET /api/v1/meetings/{id}/sign-in-sheet.pdf",
  async ({ user, params, request }) => {
    const { lang } = parseQuery(request, ZSignInSheetQuery);
    return downloadResponse(
      await signInSheet(user.access, params.id, lang ?? requestLocale(request, user.locale)),
    );
  },
);
