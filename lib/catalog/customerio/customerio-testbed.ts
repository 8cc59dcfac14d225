// For tests: a Customer.io stand-in, a real customerio-node client pointed at it, and a way to run
// an action the way the worker does (validate the input against the action's fields, then run).
import type { ActionDefinition } from "@/lib/catalog/define";
import { fieldsSchema, type Fields } from "@/lib/catalog/field";
import { createCustomerioClient, type CustomerioClient, type CustomerioConnectionSettings } from "@/lib/catalog/customerio/create-customerio-client";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";

export const TEST_WORKSPACE = { siteId: "site-test", trackApiKey: "track-key-test", appApiKey: "app-key-test" };
export const TEST_SETTINGS: CustomerioConnectionSettings = { ...TEST_WORKSPACE, region: "us" };

export interface CustomerioTestbed {
  standIn: CustomerioStandIn;
  client: CustomerioClient;
  /** Another client for the same stand-in, e.g. with wrong credentials or a short timeout. */
  clientWith(options: { settings?: Partial<CustomerioConnectionSettings>; timeoutMs?: number; trackUrl?: string; appUrl?: string }): CustomerioClient;
  run<F extends Fields, Output>(options: {
    action: ActionDefinition<F, CustomerioClient, Output>;
    input: Record<string, unknown>;
    idempotencyKey?: string;
    runCreatedAt?: Date;
    client?: CustomerioClient;
  }): Promise<Output>;
}

export async function startCustomerioTestbed(): Promise<CustomerioTestbed> {
  const standIn = await startCustomerioStandIn({ region: "us", workspaces: [TEST_WORKSPACE] });
  const clientWith: CustomerioTestbed["clientWith"] = ({ settings, ...options }) =>
    createCustomerioClient({ settings: { ...TEST_SETTINGS, ...settings }, trackUrl: standIn.trackUrl, appUrl: standIn.appUrl, ...options });
  return {
    standIn,
    client: clientWith({}),
    clientWith,
    async run({ action, input, idempotencyKey = "run_1:step_0", runCreatedAt, client }) {
      const parsed = fieldsSchema(action.inputs).parse(input);
      return action.run({ input: parsed, client: client ?? clientWith({}), idempotencyKey, runCreatedAt });
    },
  };
}
