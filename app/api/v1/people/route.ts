// /api/v1/people — search the directory's people (paginated); add a person.
import { NextResponse } from "next/server";
import { apiRoute, parseBody, parseQuery } from "@/lib/api/handler";
import { ZCreatePerson, ZSearchPeopleQuery } from "@/lib/person/schema";
import { createPerson, searchPeople } from "@/lib/person/service";

export const GET = apiRoute("GET /api/v1/people", async ({ user, request }) =>
  searchPeople(user.access, parseQuery(request, ZSearchPeopleQuery)),
);

export const POST = apiRoute("POST /api/v1/people", async ({ user, request }) => {
  const person = await createPerson(user.access, await parseBody(request, ZCreatePerson), {
    userId: user.id,
  });
  return NextResponse.json(person, { status: 201 });
});
