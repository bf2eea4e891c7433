// /api/v1/action-items — the follow-up register: every action item the caller may read, with the
// register's filters, sorting and pagination, and the counts per status of the same filter; with
// `format=csv` or `format=xlsx`, every item of the filter as a file (headers in the caller's language).
import { downloadResponse } from "@/lib/api/download";
import { apiRoute, parseQuery } from "@/lib/api/handler";
import { requestLocale } from "@/lib/i18n/request-locale";
import { actionRegister } from "@/lib/action-item/service/register";
import { exportActionRegister } from "@/lib/action-item/service/export";
import { ZActionExportQuery } from "@/lib/action-item/register-schema";

export const GET = apiRoute("GET /api/v1/action-items", async ({ user, request }) => {
  const { format, ...query } = parseQuery(request, ZActionExportQuery);
  if (format === "json") return actionRegister(user.access, query);
  const locale = requestLocale(request, user.locale);
  return downloadResponse(await exportActionRegister(user.access, query, format, locale));
});
