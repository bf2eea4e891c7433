// Session route behind the meeting page's "Export bundle" link (the /api/v1 route takes bearer tokens only).
import { sessionRoute } from "@/lib/api/handler";
import { bundleDownload } from "@/lib/bundle/http";

type TContext = { params: Promise<{ meetingId: string }> };

export async function GET(request: Request, context: TContext): Promise<Response> {
  const { meetingId } = await context.params;
  return sessionRoute("GET /api/bundle/{meetingId}", async ({ user }) => bundleDownload(user, meetingId))(
    request,
  );
}
