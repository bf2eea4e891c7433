// Liveness and readiness for operators and load balancers: 200 when the database answers and
// every migration is applied, 503 otherwise.
import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/health/service";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
