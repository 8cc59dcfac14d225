import type { StoredConnection } from "@/lib/catalog/define";
import type { CustomerioConnectionSettings } from "@/lib/catalog/customerio/create-customerio-client";
import {
  customerioConnectionConfigSchema,
  customerioSecretsSchema,
  type CustomerioConnectionConfig,
} from "@/lib/catalog/customerio/connection/customerio-connection-schema";

/** A Customer.io workspace as its client and checks use it: the config, and the settings the SDK takes. */
export interface CustomerioConnectionWithSecrets {
  id: string;
  app: "customerio";
  config: CustomerioConnectionConfig;
  settings: CustomerioConnectionSettings;
}

export function decodeCustomerioConnection({ id, config: storedConfig, secrets: storedSecrets }: StoredConnection): CustomerioConnectionWithSecrets {
  const config = customerioConnectionConfigSchema.parse(storedConfig);
  const secrets = customerioSecretsSchema.parse(storedSecrets);
  return {
    id,
    app: "customerio",
    config,
    settings: {
      siteId: config.siteId,
      region: config.region,
      trackApiKey: secrets.trackApiKey,
      ...(secrets.appApiKey ? { appApiKey: secrets.appApiKey } : {}),
    },
  };
}
