import type { ClientOptions } from "@/lib/catalog/define";
import { captureCustomerioRequests } from "@/lib/catalog/customerio/capture-customerio-requests";
import type { CustomerioConnectionWithSecrets } from "@/lib/catalog/customerio/connection/decode-customerio-connection";
import { createCustomerioClient, type CustomerioClient } from "@/lib/catalog/customerio/create-customerio-client";
import { env } from "@/lib/env";

/** The Customer.io client an action receives: every request recorded (keys masked), not sent in a dry run. */
export function createCustomerioStepClient({ connection, exchanges, dryRun }: ClientOptions<CustomerioConnectionWithSecrets>): CustomerioClient {
  const client = createCustomerioClient({ settings: connection.settings, trackUrl: env().CUSTOMERIO_TRACK_URL, appUrl: env().CUSTOMERIO_APP_URL });
  return captureCustomerioRequests({ client, exchanges, dryRun });
}
