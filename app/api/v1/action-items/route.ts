// /api/v1/action-items — the follow-up register: every action item the caller may read, with the
// register's filters, sorting and pagination, and the counts per status of the same filter.
import { apiRoute, parseQuery } from "@/lib/api/handler";
import { actionRegister } from "@/lib/action-item/service/register";
import { ZActionRegisterQuery } from "@/lib/action-item/register-schema";

export const GET = apiRoute("GET /api/v1/action-items", async ({ user, request }) =>
  actionRegister(user.access, parseQuery(request, ZActionRegisterQuery)),
);
