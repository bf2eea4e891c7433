// /api/v1/people/import — import people from CSV (?dryRun=1 previews without saving).
import { apiRoute } from "@/lib/api/handler";
import { importResponse, readImportRequest } from "@/lib/person/http";
import { importPeople } from "@/lib/person/service";

export const POST = apiRoute("POST /api/v1/people/import", async ({ user, request }) => {
  const { csv, dryRun } = await readImportRequest(request);
  return importResponse(await importPeople(user.access, csv, { dryRun }, { userId: user.id }));
});
