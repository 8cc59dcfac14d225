// What a user types to connect a Stripe account, and what Conduit stores about the connection.
// Secrets are kept apart from `config`: they are encrypted together in `secretsCiphertext` and never
// leave the server.
import { z } from "zod";
import { parseStripeKey } from "@/lib/catalog/stripe/connection/parse-stripe-key";
import { StripeSetupError } from "@/lib/catalog/stripe/connection/stripe-setup-error";
import { connectionErrorParams } from "@/lib/connections/field-error-codes-of";
import { connectionIdSchema, connectionLabelSchema } from "@/lib/connections/schema";

export const stripeConnectionInputSchema = z.object({
  label: connectionLabelSchema,
  secretKey: z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      // parseStripeKey names the usual mix-ups (a publishable key, a signing secret, a key cut short).
      try {
        parseStripeKey({ value });
      } catch (error) {
        if (!(error instanceof StripeSetupError)) throw error;
        ctx.addIssue({ code: "custom", message: error.message, params: connectionErrorParams(error.connectionError) });
      }
    }),
});
export type StripeConnectionInput = z.infer<typeof stripeConnectionInputSchema>;

export const replaceStripeKeyInputSchema = z.object({
  connectionId: z.uuid("This connection no longer exists. Reload the page to see your connections."),
  secretKey: stripeConnectionInputSchema.shape.secretKey,
});
export type ReplaceStripeKeyInput = z.infer<typeof replaceStripeKeyInputSchema>;

export const STRIPE_SIGNING_SECRET_PATTERN = /^whsec_[A-Za-z0-9+/=]{16,}$/;
export const SIGNING_SECRET_EMPTY = "Paste the endpoint's signing secret (whsec_…).";
export const SIGNING_SECRET_MALFORMED =
  "A signing secret starts with whsec_. In Stripe, open the endpoint under Developers → Webhooks and click Reveal under Signing secret.";

export const signingSecretInputSchema = z.object({
  connectionId: connectionIdSchema,
  signingSecret: z.string().trim().min(1, SIGNING_SECRET_EMPTY).regex(STRIPE_SIGNING_SECRET_PATTERN, SIGNING_SECRET_MALFORMED),
});
export type SigningSecretInput = z.infer<typeof signingSecretInputSchema>;

/** Stored in Connection.config for a Stripe account: nothing here is secret. */
export const stripeConnectionConfigSchema = z.object({
  /** Null only for a restricted key that may not read the account, when Stripe did not name it either. */
  accountId: z.string().nullable(),
  accountName: z.string().nullable(),
  livemode: z.boolean(),
  keyLast4: z.string(),
  webhook: z.discriminatedUnion("mode", [
    /** Conduit created the endpoint in Stripe (APP_URL is public). */
    z.object({ mode: z.literal("managed"), endpointId: z.string() }),
    /** The user adds the endpoint in Stripe's dashboard and pastes its signing secret. */
    z.object({ mode: z.literal("manual"), signingSecretLast4: z.string().nullable() }),
  ]),
  /** The intake mode the user chose (stripe-intake-mode.ts); absent: chosen automatically. */
  intake: z.enum(["sync", "webhook"]).optional(),
});
export type StripeConnectionConfig = z.infer<typeof stripeConnectionConfigSchema>;

/** Encrypted together in Connection.secretsCiphertext. */
export const stripeSecretsSchema = z.object({
  secretKey: z.string(),
  webhookSigningSecret: z.string().optional(),
});
export type StripeSecrets = z.infer<typeof stripeSecretsSchema>;

/** What the Connect Stripe form shows after saving. */
export interface StripeConnected {
  label: string;
  accountName: string | null;
  livemode: boolean;
  /** "manual": the user adds this URL in Stripe's dashboard and pastes the signing secret. */
  webhook: { mode: "managed" } | { mode: "manual"; url: string };
}

export type StripeConnectionField = keyof StripeConnectionInput;
