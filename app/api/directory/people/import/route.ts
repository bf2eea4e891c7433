// Session-authenticated CSV import for the directory screen: same service and answers as the API.
import { sessionRoute } from "@/lib/api/handler";
import { importResponse, readImportRequest } from "@/lib/person/http";
import { importPeople } from "@/lib/person/service";

export const POST = sessionRoute("POST /api/directory/people/import", async ({ user, request }) => {
  const { csv, dryRun } = await readImportRequest(request);
  return importResponse(await importPeople(user.access, csv, { dryRun }, { userId: user.id }));
});
