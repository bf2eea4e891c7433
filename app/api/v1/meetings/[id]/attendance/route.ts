// GET /api/v1/meetings/{id}/attendance — the register, searched and paged; POST signs an invitee in or adds a walk-in.
import { NextResponse } from "next/server";
import { apiRoute, parseBody, parseQuery } from "@/lib/api/handler";
import { ZRegisterPost, ZRegisterQuery } from "@/lib/register/schema";
import { listRegister, signIn } from "@/lib/register/service/register";
import { addWalkIn } from "@/lib/register/service/walk-in";

export const GET = apiRoute<{ id: string }>(
  "GET /api/v1/meetings/{id}/attendance",
  async ({ user, params, request }) =>
    listRegister(user.access, params.id, parseQuery(request, ZRegisterQuery)),
);

export const POST = apiRoute<{ id: string }>(
  "POST /api/v1/meetings/{id}/attendance",
  async ({ user, params, request }) => {
    const body = await parseBody(request, ZRegisterPost);
    const actor = { userId: user.id };
    if (body.action === "sign-in") return signIn(user.access, params.id, body.invitationId, actor);
    return NextResponse.json(await addWalkIn(user.access, params.id, body, actor), { status: 201 });
  },
);
