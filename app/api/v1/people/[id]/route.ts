// /api/v1/people/{id} — read one person of the directory; change some of their fields.
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZUpdatePerson } from "@/lib/person/schema";
import { getPerson, updatePerson } from "@/lib/person/service";

type TParams = { id: string };

export const GET = apiRoute<TParams>("GET /api/v1/people/{id}", async ({ user, params }) =>
  getPerson(user.access, params.id),
);

export const PATCH = apiRoute<TParams>("PATCH /api/v1/people/{id}", async ({ user, params, request }) =>
  updatePerson(user.access, params.id, await parseBody(request, ZUpdatePerson), { userId: user.id }),
);
