// /api/v1/programmes/{id}/accountability — the programme's action items by organisation and over its
// meetings (the figures of the /actions/accountability page).
import { apiRoute } from "@/lib/api/handler";
import { programmeAccountability } from "@/lib/action-item/service/accountability";

type TParams = { id: string };

export const GET = apiRoute<TParams>("GET /api/v1/programmes/{id}/accountability", async ({ user, params }) =>
  programmeAccountability(user.access, params.id),
);
