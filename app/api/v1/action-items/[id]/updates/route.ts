// GET|POST /api/v1/action-items/{id}/updates — the progress updates of an action item (newest first),
// and a new one: a note, optionally a status change and a link to evidence (201).
import { NextResponse } from "next/server";
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZActionUpdate } from "@/lib/action-item/update-schema";
import { listActionUpdates, postActionUpdate } from "@/lib/action-item/service/updates";

type TParams = { id: string };

export const GET = apiRoute<TParams>("GET /api/v1/action-items/{id}/updates", ({ user, params }) =>
  listActionUpdates(user.access, params.id),
);

export const POST = apiRoute<TParams>(
  "POST /api/v1/action-items/{id}/updates",
  async ({ user, params, request }) => {
    const input = await parseBody(request, ZActionUpdate);
    const posted = await postActionUpdate(user.access, params.id, input, { userId: user.id });
    return NextResponse.json(posted, { status: 201 });
  },
);
