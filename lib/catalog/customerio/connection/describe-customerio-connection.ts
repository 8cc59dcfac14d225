import type { ConnectionDescription } from "@/lib/catalog/define";
import { customerioConnectionConfigSchema } from "@/lib/catalog/customerio/connection/customerio-connection-schema";
import type { Translate } from "@/lib/i18n/translator";

/** What the Connections page shows about a Customer.io workspace: the last 4 characters of its keys only. */
export interface CustomerioConnectionDetails {
  app: "customerio";
  siteId: string;
  region: "us" | "eu";
  trackKeyLast4: string;
  appKeyLast4: string | null;
}

export async function describeCustomerioConnection({ config, t }: { config: unknown; t: Translate }): Promise<ConnectionDescription | null> {
  const parsed = customerioConnectionConfigSchema.safeParse(config);
  if (!parsed.success) return null;
  const { siteId, region, trackKeyLast4, appKeyLast4 } = parsed.data;
  const details: CustomerioConnectionDetails = { app: "customerio", siteId, region, trackKeyLast4, appKeyLast4 };
  return {
    details: { ...details },
    facts: [
      { term: t("connections.region.label"), lines: [{ text: region.toUpperCase() }] },
      { term: t("connections.editCustomerio.siteId"), lines: [{ text: siteId, style: "code" }] },
      { term: t("connections.card.customerio.trackKey"), lines: [{ text: trackKeyLast4, keyEnding: true }] },
      {
        term: t("connections.card.customerio.appKey"),
        lines: [appKeyLast4 ? { text: appKeyLast4, keyEnding: true } : { text: t("connections.card.customerio.appKeyMissing"), style: "muted" }],
      },
    ],
    summary: t("connections.card.customerio.summary", { siteId, region: region.toUpperCase() }),
    deleteConsequence: t("connections.card.customerio.deleteConsequence"),
  };
}
