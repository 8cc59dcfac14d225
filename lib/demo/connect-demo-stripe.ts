import { createStripeConnection } from "@/lib/connections/create-stripe-connection";
import type { ConnectResult, StripeConnected, StripeConnectionField } from "@/lib/connections/schema";
import { DEMO_STRIPE } from "@/lib/demo/demo-credentials";
import { DemoModeOffError } from "@/lib/demo/demo-mode-off-error";
import { env } from "@/lib/env";

/** "Connect the demo Stripe account": the normal connection flow with the demo shop's key, endpoint included. */
export async function connectDemoStripe({ userId, demo = env().CONDUIT_DEMO }: { userId: string; demo?: boolean }): Promise<ConnectResult<StripeConnectionField, StripeConnected>> {
  if (!demo) throw new DemoModeOffError();
  return createStripeConnection({ userId, input: { secretKey: DEMO_STRIPE.secretKey }, demo });
}
