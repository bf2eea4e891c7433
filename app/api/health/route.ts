// Liveness and readiness for operators and load balancers: 200 when the database answers and
// every migration is applied, 503 otherwise.
import { NextResponse } from "next/server";
import { RETRY_AFTER_SECONDS } from "@/lib/health/database-unavailable";
import { checkHealth } from "@/lib/health/service";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  const isUp = health.status === "ok";
  return NextResponse.json(health, {
    status: isUp ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(isUp ? {} : { "Retry-After": String(RETRY_AFTER_SECONDS) }) },
  });
}
