// GET /api/capture/{id} — the capture screen's state (session), polled while capturing.
import { cookies } from "next/headers";
import { sessionApiRoute } from "@/lib/api/handler";
import { getCaptureState } from "@/lib/meeting/capture";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";

export const GET = sessionApiRoute<{ id: string }>("GET /api/capture/{id}", async ({ user, params }) =>
  getCaptureState(user.access, params.id, toLocale((await cookies()).get(LOCALE_COOKIE)?.value)),
);
