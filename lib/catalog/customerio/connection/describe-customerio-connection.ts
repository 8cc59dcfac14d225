import type { ConnectionDescription } from "@/lib/catalog/define";
import { customerioConnectionConfigSchema } from "@/lib/connections/schema";

/** What the Connections page shows about a Customer.io workspace: the last 4 characters of its keys only. */
export interface CustomerioConnectionDetails {
  app: "customerio";
  siteId: string;
  region: "us" | "eu";
  trackKeyLast4: string;
  appKeyLast4: string | null;
}

export async function describeCustomerioConnection({ config }: { config: unknown }): Promise<ConnectionDescription | null> {
  const parsed = customerioConnectionConfigSchema.safeParse(config);
  if (!parsed.success) return null;
  const { siteId, region, trackKeyLast4, appKeyLast4 } = parsed.data;
  const details: CustomerioConnectionDetails = { app: "customerio", siteId, region, trackKeyLast4, appKeyLast4 };
  return {
    details: { ...details },
    facts: [
      { term: "Region", lines: [{ text: region.toUpperCase() }] },
      { term: "Site ID", lines: [{ text: siteId, style: "code" }] },
      { term: "Track API key", lines: [{ text: trackKeyLast4, keyEnding: true }] },
      {
        term: "App API key",
        lines: [
          appKeyLast4 ? { text: appKeyLast4, keyEnding: true } : { text: "Not added (needed for transactional email: add it with Edit)", style: "muted" },
        ],
      },
    ],
    summary: `Site ${siteId}, ${region.toUpperCase()}`,
    deleteConsequence: "The keys stay valid in Customer.io; revoke them there if you no longer need them.",
  };
}
