// The user's choice of how a Stripe connection's events reach Conduit: "automatic" (the default,
// stripe-intake-mode.ts), or forced "sync" (the worker reads the Events API, even with a webhook) or
// "webhook" (no polling; only catch-up every 10 minutes). Forcing "webhook" is refused until Stripe
// can deliver to this connection, since no event would arrive otherwise.
import { stripeIntakeMode, type StripeIntakeMode } from "@/lib/catalog/stripe/intake/stripe-intake-mode";
import { stripeWebhookWorks } from "@/lib/catalog/stripe/intake/stripe-webhook-works";
import type { ConnectionErrorCodes } from "@/lib/connections/connection-error";
import { CONNECTION_NOT_FOUND } from "@/lib/connections/schema";
import { stripeConnectionConfigSchema } from "@/lib/catalog/stripe/connection/stripe-connection-schema";
import { stripeWebhookUrl } from "@/lib/catalog/stripe/connection/stripe-webhook-url";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type StripeIntakeChoice = "automatic" | StripeIntakeMode;

export type SetStripeIntakeModeResult =
  | { ok: true; mode: StripeIntakeMode; choice: StripeIntakeChoice }
  /** errorCodes: the refusal as a code, which the action words in the viewer's language (and drops). */
  | { ok: false; message: string; errorCodes?: ConnectionErrorCodes };

/** Sync mode starts this far back when it takes over from a webhook (catch-up covers anything older). */
const SWITCH_OVERLAP_S = 5 * 60;

export async function setStripeIntakeMode({
  userId,
  connectionId,
  choice,
  appUrl = env().APP_URL,
}: {
  userId: string;
  connectionId: string;
  choice: StripeIntakeChoice;
  appUrl?: string;
}): Promise<SetStripeIntakeModeResult> {
  const connection = await db.connection.findFirst({ where: { id: connectionId, userId, app: "stripe" }, select: { id: true, config: true } });
  const config = connection ? stripeConnectionConfigSchema.safeParse(connection.config) : null;
  if (!connection || !config?.success) return { ok: false, message: CONNECTION_NOT_FOUND };
  if (choice === "webhook" && !stripeWebhookWorks({ config: config.data })) {
    const url = stripeWebhookUrl({ appUrl, connectionId });
    return {
      ok: false,
      message:
        `Stripe cannot deliver events to this connection yet, so none would arrive. Add the endpoint ${url} in Stripe (Developers → Webhooks) and paste its signing secret here, ` +
        `or for local development run \`stripe listen --forward-to ${url}\` and paste the signing secret it prints; then choose webhook again.`,
      errorCodes: { message: { code: "stripe.webhookNotReady", values: { url } } },
    };
  }

  const before = stripeIntakeMode({ connection });
  const mode = stripeIntakeMode({ connection: { config: { ...config.data, intake: choice === "automatic" ? undefined : choice } } });
  // Only the one key changes, so a concurrent save of the key or signing secret is not undone.
  const updated =
    choice === "automatic"
      ? await db.$executeRaw`UPDATE "Connection" SET "config" = "config" - 'intake', "updatedAt" = now() WHERE "id" = ${connectionId}::uuid AND "userId" = ${userId}::uuid`
      : await db.$executeRaw`UPDATE "Connection" SET "config" = jsonb_set("config", '{intake}', to_jsonb(${choice}::text)), "updatedAt" = now() WHERE "id" = ${connectionId}::uuid AND "userId" = ${userId}::uuid`;
  if (updated === 0) return { ok: false, message: CONNECTION_NOT_FOUND };
  if (before === "webhook" && mode === "sync") {
    // The webhook delivered everything until now: polling starts a little before this moment, at once.
    await db.$executeRaw`
      UPDATE "StripeSync" SET "cursor" = NULL, "cursorCreated" = floor(extract(epoch FROM now()))::int - ${SWITCH_OVERLAP_S}, "nextPollAt" = now(), "updatedAt" = now()
      WHERE "connectionId" = ${connectionId}::uuid`;
  }
  return { ok: true, mode, choice };
}
