// POST /api/v1/meetings/{id}/invitations — invite people and organisations ({ personIds,
// organisationIds }) and e-mail each new invitee their RSVP link and calendar invitation.
import { NextResponse } from "next/server";
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZInviteToMeeting } from "@/lib/invitation/schema";
import { inviteToMeeting } from "@/lib/invitation/service/invite";

export const POST = apiRoute<{ id: string }>(
  "POST /api/v1/meetings/{id}/invitations",
  async ({ user, params, request }) => {
    const result = await inviteToMeeting(user.access, params.id, await parseBody(request, ZInviteToMeeting), {
      userId: user.id,
    });
    return NextResponse.json(result, { status: result.invited > 0 ? 201 : 200 });
  },
);
