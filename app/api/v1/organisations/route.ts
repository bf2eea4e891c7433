// /api/v1/organisations — list the directory's organisations (paginated, by kind); add one.
import { NextResponse } from "next/server";
import { apiRoute, parseBody, parseQuery } from "@/lib/api/handler";
import { ZCreateOrganisation, ZListOrganisationsQuery } from "@/lib/organisation/schema";
import { createOrganisation, listOrganisations } from "@/lib/organisation/service";

export const GET = apiRoute("GET /api/v1/organisations", async ({ user, request }) =>
  listOrganisations(user.access, parseQuery(request, ZListOrganisationsQuery)),
);

export const POST = apiRoute("POST /api/v1/organisations", async ({ user, request }) => {
  const organisation = await createOrganisation(user.access, await parseBody(request, ZCreateOrganisation), {
    userId: user.id,
  });
  return NextResponse.json(organisation, { status: 201 });
});
