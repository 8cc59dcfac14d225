import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { verifyCustomerioCredentials } from "@/lib/catalog/customerio/connection/verify-customerio-credentials";
import { lastFour } from "@/lib/connections/last-four";
import { sealConnectionSecrets } from "@/lib/connections/seal-connection-secrets";
import type { ConnectResult, CustomerioConnectionConfig, CustomerioConnectionField, CustomerioConnectionInput, CustomerioSecrets } from "@/lib/connections/schema";

/**
 * Connects a Customer.io workspace: checks the credentials with Customer.io, then stores them
 * encrypted. Nothing is stored when a check fails; the result says which field to fix.
 */
export async function createCustomerioConnection({
  userId,
  input,
  trackUrl,
  appUrl,
}: {
  userId: string;
  input: CustomerioConnectionInput;
  /** Instead of CUSTOMERIO_TRACK_URL / the region's hosts (tests). */
  trackUrl?: string;
  appUrl?: string;
}): Promise<ConnectResult<CustomerioConnectionField, { label: string }>> {
  const existing = await db.connection.findFirst({
    where: { userId, app: "customerio", config: { path: ["siteId"], equals: input.siteId } },
    select: { label: true },
  });
  if (existing) {
    return {
      ok: false,
      fieldErrors: { siteId: `This workspace is already connected as “${existing.label}”. To change its keys, site ID or region, use Edit on that connection.` },
    };
  }

  const settings = { siteId: input.siteId, trackApiKey: input.trackApiKey, appApiKey: input.appApiKey, region: input.region };
  const verified = await verifyCustomerioCredentials({ settings, trackUrl, appUrl });
  if (!verified.ok) {
    return verified.field === "form" ? { ok: false, fieldErrors: {}, formError: verified.message } : { ok: false, fieldErrors: { [verified.field]: verified.message } };
  }

  const id = randomUUID();
  const secrets: CustomerioSecrets = { trackApiKey: input.trackApiKey, ...(input.appApiKey ? { appApiKey: input.appApiKey } : {}) };
  const sealed = sealConnectionSecrets({ connectionId: id, secrets });
  const config: CustomerioConnectionConfig = {
    siteId: input.siteId,
    region: verified.region,
    environmentId: verified.environmentId,
    trackKeyLast4: lastFour(input.trackApiKey),
    appKeyLast4: input.appApiKey ? lastFour(input.appApiKey) : null,
  };
  const label = input.label ?? `Customer.io workspace (${verified.region.toUpperCase()})`;
  await db.connection.create({
    data: {
      id,
      userId,
      app: "customerio",
      label,
      config,
      secretsKeyId: sealed.keyId,
      secretsCiphertext: sealed.ciphertext,
      status: "ACTIVE",
      lastCheckedAt: new Date(),
    },
  });
  return { ok: true, connectionId: id, label };
}
