// /api/v1/people/export.csv — every person, in the columns the import reads.
import { apiRoute } from "@/lib/api/handler";
import { csvResponse } from "@/lib/person/http";
import { exportPeopleCsv } from "@/lib/person/service";

export const GET = apiRoute("GET /api/v1/people/export.csv", async ({ user }) =>
  csvResponse(await exportPeopleCsv(user.access)),
);
