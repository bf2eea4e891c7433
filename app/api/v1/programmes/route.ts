// /api/v1/programmes — list the programmes one may read (paginated); create one (global admins).
import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute, parseBody, parseQuery } from "@/lib/api/handler";
import { ZPage } from "@/lib/pagination/schema";
import { ZCreateProgramme } from "@/lib/programme/schema";
import { createProgramme, listProgrammes } from "@/lib/programme/service";

export const GET = apiRoute("GET /api/v1/programmes", async ({ user, request }) =>
  listProgrammes(user.access, parseQuery(request, z.object({ page: ZPage })).page),
);

export const POST = apiRoute("POST /api/v1/programmes", async ({ user, request }) => {
  const programme = await createProgramme(user.access, await parseBody(request, ZCreateProgramme), {
    userId: user.id,
  });
  return NextResponse.json(programme, { status: 201 });
});
