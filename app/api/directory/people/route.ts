// Session-authenticated search for the directory screen (the /api/v1 routes take bearer tokens only).
import { parseQuery } from "@/lib/api/handler";
import { sessionRoute } from "@/lib/api/handler";
import { ZSearchPeopleQuery } from "@/lib/person/schema";
import { searchPeople } from "@/lib/person/service";

export const GET = sessionRoute("GET /api/directory/people", async ({ user, request }) =>
  searchPeople(user.access, parseQuery(request, ZSearchPeopleQuery)),
);
