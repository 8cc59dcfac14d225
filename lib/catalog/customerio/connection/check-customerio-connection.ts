import type { CustomerioConnectionWithSecrets } from "@/lib/catalog/customerio/connection/decode-customerio-connection";
import { verifyCustomerioCredentials } from "@/lib/catalog/customerio/connection/verify-customerio-credentials";

/** Whether Customer.io still accepts the workspace's keys (publishing checks); why not, in words. */
export async function checkCustomerioConnection(connection: CustomerioConnectionWithSecrets): Promise<string | null> {
  const verified = await verifyCustomerioCredentials({ settings: connection.settings });
  return verified.ok ? null : `Customer.io refused this connection: ${verified.message}`;
}
