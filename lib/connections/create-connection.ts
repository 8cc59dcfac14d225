import { randomUUID } from "node:crypto";
import type { ConnectFailure, ConnectedSetup, VendorOverrides } from "@/lib/catalog/define";
import { fieldsSchema } from "@/lib/catalog/field";
import { findApp } from "@/lib/catalog/find-app";
import { fieldErrorCodesOf } from "@/lib/connections/field-error-codes-of";
import { fieldErrorsOf } from "@/lib/connections/field-errors-of";
import { sealConnectionSecrets } from "@/lib/connections/seal-connection-secrets";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The new connection, and what its app adds for the connect form (Stripe: the account, its mode, the webhook). */
export type Connected = { ok: true; connectionId: string; label: string; warning?: string } & Record<string, unknown>;

export type CreateConnectionResult = Connected | ConnectFailure;

/**
 * Connects an account of any app: validates the form's values against the app's connection fields,
 * lets the app check them with the vendor, refuses an account the user has already connected, lets
 * the app set up what it needs at the vendor (Stripe: its webhook endpoint), then stores the
 * connection with its secrets encrypted. Nothing is stored when a step fails; the result says which
 * field to fix.
 */
export async function createConnection({
  userId,
  app: appKey,
  values,
  appUrl = env().APP_URL,
  vendor,
}: {
  userId: string;
  /** The app's key ("stripe", "customerio"). */
  app: string;
  /** What the user typed, by field name. */
  values: Record<string, unknown>;
  /** Conduit's own address; decides whether a vendor can deliver to it (tests pass a public-looking one). */
  appUrl?: string;
  /** Instead of the vendor's real addresses (tests, stand-ins); each app reads the ones it knows. */
  vendor?: VendorOverrides;
}): Promise<CreateConnectionResult> {
  const app = findApp({ appKey });
  if (!app)
    return {
      ok: false,
      fieldErrors: {},
      formError: `Conduit has no app called “${appKey}” to connect. Reload the page and choose one of the apps it offers.`,
      errorCodes: { formError: { code: "unknownApp", values: { app: appKey } } },
    };
  const { connection } = app;

  const parsed = fieldsSchema(connection.fields).safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), errorCodes: fieldErrorCodesOf(parsed.error) };
  const verified = await connection.verify({ values: parsed.data, vendor });
  if (!verified.ok) return verified;

  const accountKey = connection.accountKey?.(verified.config);
  if (accountKey) {
    const others = await db.connection.findMany({ where: { userId, app: app.key }, orderBy: { createdAt: "asc" }, select: { label: true, config: true } });
    const same = others.find((other) => connection.accountKey?.(other.config) === accountKey);
    if (same) return connection.alreadyConnected({ label: same.label, config: verified.config });
  }

  const id = randomUUID();
  const setup: ConnectedSetup | ConnectFailure = connection.onConnect
    ? await connection.onConnect({ connectionId: id, config: verified.config, secrets: verified.secrets, appUrl, vendor })
    : { ok: true };
  if (!setup.ok) return setup;

  const config = { ...verified.config, ...setup.config } as Prisma.InputJsonObject;
  const sealed = sealConnectionSecrets({ connectionId: id, secrets: { ...verified.secrets, ...setup.secrets } });
  const given = (parsed.data as { label?: unknown }).label;
  const label = typeof given === "string" && given !== "" ? given : verified.defaultLabel;
  try {
    await db.connection.create({
      data: {
        id,
        userId,
        app: app.key,
        label,
        config,
        secretsKeyId: sealed.keyId,
        secretsCiphertext: sealed.ciphertext,
        status: "ACTIVE",
        lastCheckedAt: new Date(),
      },
    });
  } catch (error) {
    await setup.undo?.();
    throw error;
  }
  return {
    ok: true,
    connectionId: id,
    label,
    ...verified.connected,
    ...setup.connected,
    ...(setup.warning ? { warning: setup.warning, ...(setup.warningCode ? { errorCodes: { warning: setup.warningCode } } : {}) } : {}),
  };
}
