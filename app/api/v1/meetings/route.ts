// /api/v1/meetings — list the meetings the token's user may see (paginated); schedule one.
import { NextResponse } from "next/server";
import { apiRoute, parseBody, parseQuery } from "@/lib/api/handler";
import { createMeeting, listMeetings } from "@/lib/meeting/service/meetings";
import { ZCreateMeeting, ZListMeetingsQuery } from "@/lib/meeting/schema";

export const GET = apiRoute("GET /api/v1/meetings", async ({ user, request }) =>
  listMeetings(user.access, parseQuery(request, ZListMeetingsQuery)),
);

export const POST = apiRoute("POST /api/v1/meetings", async ({ user, request }) => {
  const meeting = await createMeeting(user.access, await parseBody(request, ZCreateMeeting), {
    userId: user.id,
  });
  return NextResponse.json(meeting, { status: 201, headers: { Location: `/api/v1/meetings/${meeting.id}` } });
});
