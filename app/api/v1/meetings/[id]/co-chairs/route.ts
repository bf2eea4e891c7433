// POST /api/v1/meetings/{id}/co-chairs — add a co-chair ({ personId, capacity }).
import { NextResponse } from "next/server";
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZAddCoChair } from "@/lib/co-chair/schema";
import { addCoChair } from "@/lib/co-chair/service";

export const POST = apiRoute<{ id: string }>(
  "POST /api/v1/meetings/{id}/co-chairs",
  async ({ user, params, request }) =>
    NextResponse.json(
      await addCoChair(user.access, params.id, await parseBody(request, ZAddCoChair), { userId: user.id }),
      { status: 201 },
    ),
);
