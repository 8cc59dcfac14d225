import { currentUser } from "@/lib/auth/current-user";
import { listDemoStripeEvents } from "@/lib/demo/list-demo-stripe-events";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** The events the Demo Stripe panel made, with their webhook deliveries to the user's connections, for the panel to poll. Only in demo mode. */
export async function GET() {
  if (!env().CONDUIT_DEMO) return Response.json({ error: "Not found." }, { status: 404, headers: NO_STORE });
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to see the demo." }, { status: 401, headers: NO_STORE });
  const answer = await listDemoStripeEvents({ userId: user.id });
  if (!answer.ok) return Response.json({ error: answer.message }, { status: 502, headers: NO_STORE });
  return Response.json(answer.body, { headers: NO_STORE });
}
