// /api/v1/holidays — the public holidays of a year that working-day deadlines skip (anyone signed
// in); add one (a global administrator).
import { NextResponse } from "next/server";
import { apiRoute, parseBody, parseQuery } from "@/lib/api/handler";
import { ZCreateHoliday, ZListHolidaysQuery } from "@/lib/holiday/schema";
import { createHoliday, listHolidays } from "@/lib/holiday/service";

export const GET = apiRoute("GET /api/v1/holidays", async ({ request }) =>
  listHolidays(parseQuery(request, ZListHolidaysQuery)),
);

export const POST = apiRoute("POST /api/v1/holidays", async ({ user, request }) => {
  const holiday = await createHoliday(user.access, await parseBody(request, ZCreateHoliday), {
    userId: user.id,
  });
  return NextResponse.json(holiday, { status: 201 });
});
