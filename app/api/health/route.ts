import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

/** 200 when PostgreSQL and Redis answer, 503 when either is down. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
