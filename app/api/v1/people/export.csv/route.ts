// /api/v1/people/export.csv — every person, in the columns the import reads.
import { downloadResponse } from "@/lib/api/download";
import { apiRoute } from "@/lib/api/handler";
import { exportPeopleCsv } from "@/lib/person/service";

export const GET = apiRoute("GET /api/v1/people/export.csv", async ({ user }) => {
  const date = new Date().toISOString().slice(0, 10);
  return downloadResponse({
    body: await exportPeopleCsv(user.access),
    type: "text/csv; charset=utf-8",
    filename: `people-${date}.csv`,
  });
});
