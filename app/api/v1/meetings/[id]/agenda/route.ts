// GET/POST /api/v1/meetings/{id}/agenda — the agenda in order; add a regular item at the end.
import { NextResponse } from "next/server";
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZCreateAgendaItem } from "@/lib/agenda/schema";
import { createAgendaItem, listAgenda } from "@/lib/agenda/service";

export const GET = apiRoute<{ id: string }>("GET /api/v1/meetings/{id}/agenda", async ({ user, params }) => ({
  data: await listAgenda(user.access, params.id),
}));

export const POST = apiRoute<{ id: string }>(
  "POST /api/v1/meetings/{id}/agenda",
  async ({ user, params, request }) =>
    NextResponse.json(
      await createAgendaItem(user.access, params.id, await parseBody(request, ZCreateAgendaItem), {
        userId: user.id,
      }),
      { status: 201 },
    ),
);
