// Session routes behind the register screen (the /api/v1 routes take bearer tokens only): list, sign in, walk-in.
import { NextResponse } from "next/server";
import { parseBody, parseQuery, sessionRoute } from "@/lib/api/handler";
import { ZRegisterPost, ZRegisterQuery } from "@/lib/register/schema";
import { listRegister, signIn } from "@/lib/register/service";
import { addWalkIn } from "@/lib/register/walk-in";

type TContext = { params: Promise<{ meetingId: string }> };

export async function GET(request: Request, context: TContext): Promise<Response> {
  const { meetingId } = await context.params;
  return sessionRoute("GET /api/register/{meetingId}", async ({ user, request: req }) =>
    listRegister(user.access, meetingId, parseQuery(req, ZRegisterQuery)),
  )(request);
}

export async function POST(request: Request, context: TContext): Promise<Response> {
  const { meetingId } = await context.params;
  return sessionRoute("POST /api/register/{meetingId}", async ({ user, request: req }) => {
    const body = await parseBody(req, ZRegisterPost);
    const actor = { userId: user.id };
    if (body.action === "sign-in") return signIn(user.access, meetingId, body.invitationId, actor);
    return NextResponse.json(await addWalkIn(user.access, meetingId, body, actor), { status: 201 });
  })(request);
}
