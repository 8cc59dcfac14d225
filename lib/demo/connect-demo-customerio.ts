import { createConnection, type CreateConnectionResult } from "@/lib/connections/create-connection";
import { DEMO_CUSTOMERIO } from "@/lib/demo/demo-credentials";
import { DemoModeOffError } from "@/lib/demo/demo-mode-off-error";
import { env } from "@/lib/env";

/** "Connect the demo Customer.io workspace": the normal connection flow with the demo workspace's keys. */
export async function connectDemoCustomerio({ userId, demo = env().CONDUIT_DEMO }: { userId: string; demo?: boolean }): Promise<CreateConnectionResult> {
  if (!demo) throw new DemoModeOffError();
  const { label, siteId, trackApiKey, appApiKey, region } = DEMO_CUSTOMERIO;
  return createConnection({ userId, app: "customerio", values: { label, siteId, trackApiKey, appApiKey, region } });
}
