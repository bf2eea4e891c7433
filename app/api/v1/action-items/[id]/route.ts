// GET /api/v1/action-items/{id} — an action item's page: what was decided and where, owner, due
// date, status, its reference and its dated progress updates (newest first), and what the caller may do.
import { apiRoute } from "@/lib/api/handler";
import { getActionItemPage } from "@/lib/action-item/service/updates";

export const GET = apiRoute<{ id: string }>("GET /api/v1/action-items/{id}", ({ user, params }) =>
  getActionItemPage(user.access, params.id),
);
