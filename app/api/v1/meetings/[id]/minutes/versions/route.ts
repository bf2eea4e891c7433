// GET/POST /api/v1/meetings/{id}/minutes/versions — the versions of the draft minutes; create the
// draft (version 1, from a held meeting) or cut the next version ({ note?, number? }).
import { NextResponse } from "next/server";
import { apiRoute, parseBody } from "@/lib/api/handler";
import { listMinutesVersions, saveMinutesVersion } from "@/lib/minutes/service/versions";
import { ZCutMinutesVersion } from "@/lib/minutes/versions-schema";

type TParams = { id: string };

export const GET = apiRoute<TParams>("GET /api/v1/meetings/{id}/minutes/versions", async ({ user, params }) =>
  listMinutesVersions(user.access, params.id),
);

export const POST = apiRoute<TParams>(
  "POST /api/v1/meetings/{id}/minutes/versions",
  async ({ user, params, request }) =>
    NextResponse.json(
      await saveMinutesVersion(user.access, params.id, await parseBody(request, ZCutMinutesVersion), {
        userId: user.id,
      }),
      { status: 201 },
    ),
);
