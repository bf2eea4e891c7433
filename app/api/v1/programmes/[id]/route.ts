// /api/v1/programmes/{id} — read one programme; change some of its fields.
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZUpdateProgramme } from "@/lib/programme/schema";
import { getProgramme, updateProgramme } from "@/lib/programme/service";

type TParams = { id: string };

export const GET = apiRoute<TParams>("GET /api/v1/programmes/{id}", async ({ user, params }) =>
  getProgramme(user.access, params.id),
);

export const PATCH = apiRoute<TParams>("PATCH /api/v1/programmes/{id}", async ({ user, params, request }) =>
  updateProgramme(user.access, params.id, await parseBody(request, ZUpdateProgramme), { userId: user.id }),
);
