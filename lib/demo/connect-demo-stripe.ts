import { createConnection, type CreateConnectionResult } from "@/lib/connections/create-connection";
import { DEMO_STRIPE } from "@/lib/demo/demo-credentials";
import { DemoModeOffError } from "@/lib/demo/demo-mode-off-error";
import { env } from "@/lib/env";

/** "Connect the demo Stripe account": the normal connection flow with the demo shop's key, endpoint included. */
export async function connectDemoStripe({ userId, demo = env().CONDUIT_DEMO }: { userId: string; demo?: boolean }): Promise<CreateConnectionResult> {
  if (!demo) throw new DemoModeOffError();
  return createConnection({ userId, app: "stripe", values: { secretKey: DEMO_STRIPE.secretKey }, vendor: { demo } });
}
