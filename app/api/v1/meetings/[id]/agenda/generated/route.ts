// POST /api/v1/meetings/{id}/agenda/generated — add adoption of the previous minutes and matters
// arising, titled in the caller's language.
import { apiRoute } from "@/lib/api/handler";
import { addGeneratedItems } from "@/lib/agenda/service";
import { requestLocale } from "@/lib/i18n/request-locale";

export const POST = apiRoute<{ id: string }>(
  "POST /api/v1/meetings/{id}/agenda/generated",
  async ({ user, params, request }) => ({
    data: await addGeneratedItems(
      user.access,
      params.id,
      { userId: user.id },
      requestLocale(request, user.locale),
    ),
  }),
);
