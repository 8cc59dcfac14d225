import { currentUser } from "@/lib/auth/current-user";
import { callDemoControl } from "@/lib/demo/call-demo-control";
import type { DemoCustomerioReceived } from "@/lib/demo/demo-control-types";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** What the demo's Customer.io stand-in received, for the Demo Customer.io page to poll. Only in demo mode. */
export async function GET() {
  if (!env().CONDUIT_DEMO) return Response.json({ error: "Not found." }, { status: 404, headers: NO_STORE });
  if (!(await currentUser())) return Response.json({ error: "Sign in to see the demo." }, { status: 401, headers: NO_STORE });
  const answer = await callDemoControl<DemoCustomerioReceived>({ path: "/customerio" });
  if (!answer.ok) return Response.json({ error: answer.message }, { status: 502, headers: NO_STORE });
  return Response.json(answer.body, { headers: NO_STORE });
}
