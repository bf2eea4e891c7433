// GET /api/v1/meetings — meetings the token's user may see, paginated.
import { apiRoute, parseQuery } from "@/lib/api/handler";
import { listMeetings } from "@/lib/meeting/service";
import { ZListMeetingsQuery } from "@/lib/meeting/schema";

export const GET = apiRoute("GET /api/v1/meetings", async ({ user, request }) =>
  listMeetings(user.access, parseQuery(request, ZListMeetingsQuery)),
);
