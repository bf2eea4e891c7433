// Session route behind the register screen's status select and its undo.
import { parseBody, sessionRoute } from "@/lib/api/handler";
import { ZSetAttendance } from "@/lib/register/schema";
import { setAttendance } from "@/lib/register/service";

type TContext = { params: Promise<{ meetingId: string; invitationId: string }> };

export async function PATCH(request: Request, context: TContext): Promise<Response> {
  const { meetingId, invitationId } = await context.params;
  return sessionRoute("PATCH /api/register/{meetingId}/{invitationId}", async ({ user, request: req }) =>
    setAttendance(user.access, meetingId, invitationId, await parseBody(req, ZSetAttendance), {
      userId: user.id,
    }),
  )(request);
}
