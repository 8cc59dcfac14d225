import { createCustomerioConnection } from "@/lib/connections/create-customerio-connection";
import type { ConnectResult, CustomerioConnectionField } from "@/lib/connections/schema";
import { DEMO_CUSTOMERIO } from "@/lib/demo/demo-credentials";
import { DemoModeOffError } from "@/lib/demo/demo-mode-off-error";
import { env } from "@/lib/env";

/** "Connect the demo Customer.io workspace": the normal connection flow with the demo workspace's keys. */
export async function connectDemoCustomerio({ userId, demo = env().CONDUIT_DEMO }: { userId: string; demo?: boolean }): Promise<ConnectResult<CustomerioConnectionField, { label: string }>> {
  if (!demo) throw new DemoModeOffError();
  const { label, siteId, trackApiKey, appApiKey, region } = DEMO_CUSTOMERIO;
  return createCustomerioConnection({ userId, input: { label, siteId, trackApiKey, appApiKey, region } });
}
