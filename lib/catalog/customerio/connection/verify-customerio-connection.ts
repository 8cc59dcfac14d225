import type { ConnectFailure, VendorOverrides, VerifiedConnection } from "@/lib/catalog/define";
import { verifyCustomerioCredentials } from "@/lib/catalog/customerio/connection/verify-customerio-credentials";
import { lastFour } from "@/lib/connections/last-four";
import type { CustomerioRegion } from "@/lib/catalog/customerio/connection/customerio-connection-schema";

/** Connecting Customer.io: the site ID, keys and region are checked with Customer.io before anything is stored. */
export async function verifyCustomerioConnection({
  values,
  vendor,
}: {
  values: { siteId: string; trackApiKey: string; appApiKey?: string; region: CustomerioRegion };
  /** trackUrl, appUrl: instead of the region's Customer.io URLs (tests). */
  vendor?: VendorOverrides;
}): Promise<VerifiedConnection | ConnectFailure> {
  const { siteId, trackApiKey, appApiKey, region } = values;
  const verified = await verifyCustomerioCredentials({
    settings: { siteId, trackApiKey, appApiKey, region },
    trackUrl: typeof vendor?.trackUrl === "string" ? vendor.trackUrl : undefined,
    appUrl: typeof vendor?.appUrl === "string" ? vendor.appUrl : undefined,
  });
  if (!verified.ok) {
    return verified.field === "form"
      ? { ok: false, fieldErrors: {}, formError: verified.message, errorCodes: { formError: verified.error } }
      : { ok: false, fieldErrors: { [verified.field]: verified.message }, errorCodes: { fieldErrors: { [verified.field]: verified.error } } };
  }
  return {
    ok: true,
    config: {
      siteId,
      region: verified.region,
      environmentId: verified.environmentId,
      trackKeyLast4: lastFour(trackApiKey),
      appKeyLast4: appApiKey ? lastFour(appApiKey) : null,
    },
    secrets: { trackApiKey, ...(appApiKey ? { appApiKey } : {}) },
    defaultLabel: `Customer.io workspace (${verified.region.toUpperCase()})`,
  };
}
