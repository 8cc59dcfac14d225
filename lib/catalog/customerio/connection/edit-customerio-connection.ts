import { APP_API_ACTION_KEYS } from "@/lib/catalog/customerio/app-api-action-keys";
import { verifyCustomerioCredentials } from "@/lib/catalog/customerio/connection/verify-customerio-credentials";
import type { EncryptionKey } from "@/lib/crypto/encryption-keys";
import { db } from "@/lib/db";
import { lastFour } from "@/lib/connections/last-four";
import { readConnectionSecrets } from "@/lib/connections/read-connection-secrets";
import { CONNECTION_NOT_FOUND, type ConnectResult } from "@/lib/connections/schema";
import {
  type CustomerioConnectionConfig,
  type CustomerioSecrets,
  type EditCustomerioConnectionField,
  type EditCustomerioConnectionInput,
} from "@/lib/catalog/customerio/connection/customerio-connection-schema";
import { sealConnectionSecrets } from "@/lib/connections/seal-connection-secrets";

/**
 * Changes a Customer.io connection's site ID, region, Track API key or App API key (added, replaced
 * or removed), keeping its id, so its zaps keep using it. The result is checked with Customer.io as
 * on connect; nothing changes when the check fails. Removing the App API key is refused while a
 * published zap sends transactional email through the connection.
 */
export async function editCustomerioConnection({
  userId,
  input,
  trackUrl,
  appUrl,
  keys,
}: {
  userId: string;
  input: EditCustomerioConnectionInput;
  /** Instead of the region's Customer.io URLs (tests). */
  trackUrl?: string;
  appUrl?: string;
  keys?: EncryptionKey[];
}): Promise<ConnectResult<EditCustomerioConnectionField>> {
  const connection = await readConnectionSecrets({ userId, connectionId: input.connectionId, keys });
  if (connection?.app !== "customerio") return { ok: false, fieldErrors: { connectionId: CONNECTION_NOT_FOUND } };

  const trackApiKey = input.trackApiKey ?? connection.settings.trackApiKey;
  const appApiKey = input.removeAppApiKey ? undefined : (input.appApiKey ?? connection.settings.appApiKey);

  if (input.removeAppApiKey && connection.settings.appApiKey) {
    const needing = await publishedZapsNeedingAppApi({ userId, connectionId: connection.id });
    if (needing.length > 0) {
      const names = needing.map((name) => `“${name}”`).join(", ");
      return {
        ok: false,
        fieldErrors: {
          removeAppApiKey: `The App API key is needed by ${needing.length === 1 ? "the zap" : "the zaps"} ${names}, which ${needing.length === 1 ? "sends" : "send"} transactional email through this connection. Remove that step and publish (or delete the zap) first, or paste a new App API key instead.`,
        },
      };
    }
  }

  if (input.siteId !== connection.config.siteId) {
    const existing = await db.connection.findFirst({
      where: { userId, app: "customerio", id: { not: connection.id }, config: { path: ["siteId"], equals: input.siteId } },
      select: { label: true },
    });
    if (existing)
      return {
        ok: false,
        fieldErrors: { siteId: `This workspace is already connected as “${existing.label}”. Edit or delete that connection instead.` },
        errorCodes: { fieldErrors: { siteId: { code: "customerio.editAlreadyConnected", values: { label: existing.label } } } },
      };
  }

  const verified = await verifyCustomerioCredentials({ settings: { siteId: input.siteId, region: input.region, trackApiKey, appApiKey }, trackUrl, appUrl });
  if (!verified.ok) {
    if (verified.field === "form") {
      return {
        ok: false,
        fieldErrors: {},
        formError: `${verified.message} The connection was not changed.`,
        errorCodes: { formError: { ...verified.error, note: "connectionUnchanged" } },
      };
    }
    // The stored Track key refused with a new site ID: the site ID is what changed.
    const siteIdChanged = input.siteId !== connection.config.siteId && !input.trackApiKey;
    const field: EditCustomerioConnectionField = verified.field === "label" || (verified.field === "trackApiKey" && siteIdChanged) ? "siteId" : verified.field;
    return { ok: false, fieldErrors: { [field]: verified.message }, errorCodes: { fieldErrors: { [field]: verified.error } } };
  }

  const secrets: CustomerioSecrets = { trackApiKey, ...(appApiKey ? { appApiKey } : {}) };
  const sealed = sealConnectionSecrets({ connectionId: connection.id, secrets, keys });
  const config: CustomerioConnectionConfig = {
    siteId: input.siteId,
    region: verified.region,
    environmentId: verified.environmentId,
    trackKeyLast4: lastFour(trackApiKey),
    appKeyLast4: appApiKey ? lastFour(appApiKey) : null,
  };
  const { count } = await db.connection.updateMany({
    where: { id: connection.id, userId },
    data: { config, secretsKeyId: sealed.keyId, secretsCiphertext: sealed.ciphertext, status: "ACTIVE", statusMessage: null, lastCheckedAt: new Date() },
  });
  if (count === 0) return { ok: false, fieldErrors: { connectionId: CONNECTION_NOT_FOUND } };
  return { ok: true, connectionId: connection.id };
}

/** The names of the user's published zaps with a step that calls the App API through this connection. */
async function publishedZapsNeedingAppApi({ userId, connectionId }: { userId: string; connectionId: string }): Promise<string[]> {
  const zaps = await db.zap.findMany({
    where: { userId, deletedAt: null, publishedVersionId: { not: null } },
    orderBy: { createdAt: "asc" },
    select: { name: true, publishedVersion: { select: { definition: true } } },
  });
  const id = connectionId.toLowerCase();
  return zaps
    .filter(({ publishedVersion }) => {
      const steps = (publishedVersion?.definition as { steps?: unknown } | null)?.steps;
      return (
        Array.isArray(steps) &&
        steps.some(
          (step: { app?: unknown; key?: unknown; connectionId?: unknown } | null) =>
            step?.app === "customerio" && typeof step.key === "string" && APP_API_ACTION_KEYS.has(step.key) && String(step.connectionId).toLowerCase() === id,
        )
      );
    })
    .map((zap) => zap.name);
}
