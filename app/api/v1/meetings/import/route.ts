// POST /api/v1/meetings/import — create a meeting from a meeting bundle (the body); 201 with what
// was created and matched, or 400 listing every problem by path in the caller's language.
import { z } from "zod";
import { apiRoute, parseBody } from "@/lib/api/handler";
import { importMeetingBundle } from "@/lib/bundle/service/import";

export const POST = apiRoute("POST /api/v1/meetings/import", async ({ user, request }) => {
  const bundle = await parseBody(request, z.unknown());
  return Response.json(await importMeetingBundle(user.access, bundle, { userId: user.id }), { status: 201 });
});
