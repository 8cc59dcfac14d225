import { customerioConnectionConfigSchema } from "@/lib/catalog/customerio/connection/customerio-connection-schema";

/** A Customer.io workspace's site ID and region ("<site id>:eu"). */
export function customerioAccountKey(config: unknown): string | null {
  const parsed = customerioConnectionConfigSchema.safeParse(config);
  return parsed.success ? `${parsed.data.siteId}:${parsed.data.region}` : null;
}
