// GET /api/register/{meetingId}/sign-in-sheet?lang=en|id — the printable sign-in sheet (PDF) for the register screen's session.
import { sessionRoute } from "@/lib/api/handler";
import { sheetResponse, signInSheet } from "@/lib/register/sign-in-sheet";

export const runtime = "nodejs";

type TContext = { params: Promise<{ meetingId: string }> };

export async function GET(request: Request, context: TContext): Promise<Response> {
  const { meetingId } = await context.params;
  return sessionRoute("GET /api/register/{meetingId}/sign-in-sheet", async ({ user, request: req }) =>
    sheetResponse(
      await signInSheet(user.access, meetingId, Object.fromEntries(new URL(req.url).searchParams)),
    ),
  )(request);
}
