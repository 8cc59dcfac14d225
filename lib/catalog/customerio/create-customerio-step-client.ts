import type { ClientOptions } from "@/lib/catalog/define";
import { captureCustomerioRequests } from "@/lib/catalog/customerio/capture-customerio-requests";
import type { CustomerioConnectionWithSecrets } from "@/lib/catalog/customerio/connection/decode-customerio-connection";
import { createCustomerioClient, type CustomerioClient } from "@/lib/catalog/customerio/create-customerio-client";
import { customerioBaseUrls } from "@/lib/catalog/customerio/customerio-base-urls";

/** The Customer.io client an action receives: every request recorded (keys masked), not sent in a dry run. */
export function createCustomerioStepClient({ connection, exchanges, dryRun }: ClientOptions<CustomerioConnectionWithSecrets>): CustomerioClient {
  const client = createCustomerioClient({ settings: connection.settings, ...customerioBaseUrls({ region: connection.settings.region }) });
  return captureCustomerioRequests({ client, exchanges, dryRun });
}
