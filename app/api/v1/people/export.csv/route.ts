// /api/v1/people/export.csv — every person, in the columns the import reads.
import { apiRoute } from "@/lib/api/handler";
import { exportPeopleCsv } from "@/lib/person/service";

export const GET = apiRoute("GET /api/v1/people/export.csv", async ({ user }) => {
  const date = new Date().toISOString().slice(0, 10);
  return new Response(await exportPeopleCsv(user.access), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="people-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
