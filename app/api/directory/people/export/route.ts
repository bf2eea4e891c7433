// Session-authenticated CSV export for the directory screen's "Export CSV" link.
import { sessionRoute } from "@/lib/api/handler";
import { csvResponse } from "@/lib/person/http";
import { exportPeopleCsv } from "@/lib/person/service";

export const GET = sessionRoute("GET /api/directory/people/export", async ({ user }) =>
  csvResponse(await exportPeopleCsv(user.access)),
);
