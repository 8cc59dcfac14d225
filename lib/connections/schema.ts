// What a user types to connect an app, and what Conduit stores about a connection. Secrets are kept
// apart from `config`: they are encrypted together in `secretsCiphertext` and never leave the server.
import { z } from "zod";
import { parseStripeKey } from "@/lib/catalog/stripe/connection/parse-stripe-key";
import { StripeSetupError } from "@/lib/catalog/stripe/connection/stripe-setup-error";

/** The name a user gives a connection; empty: the app's default. */
export const connectionLabelSchema = z
  .string()
  .trim()
  .max(80, "Use at most 80 characters.")
  .transform((value) => value || undefined)
  .optional();

/** A pasted credential: copy-paste often brings spaces or line breaks along, so those are trimmed first. */
const pastedKey = ({ empty, name }: { empty: string; name: string }) =>
  z
    .string()
    .trim()
    .min(1, empty)
    .max(256, `This is longer than any ${name}: copy the ${name} alone.`)
    .regex(/^[\x21-\x7e]+$/, `This has spaces or characters a ${name} never has: copy the ${name} alone.`);

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
        ctx.addIssue({ code: "custom", message: error instanceof StripeSetupError ? error.message : "This is not a Stripe API key." });
      }
    }),
});
export type StripeConnectionInput = z.infer<typeof stripeConnectionInputSchema>;

export const replaceStripeKeyInputSchema = z.object({
  connectionId: z.uuid("This connection no longer exists. Reload the page to see your connections."),
  secretKey: stripeConnectionInputSchema.shape.secretKey,
});
export type ReplaceStripeKeyInput = z.infer<typeof replaceStripeKeyInputSchema>;

export const customerioRegionSchema = z.enum(["us", "eu"], { error: "Choose the region your Customer.io account is in: US or EU." });
export type CustomerioRegion = z.infer<typeof customerioRegionSchema>;

export const customerioConnectionInputSchema = z.object({
  label: connectionLabelSchema,
  siteId: pastedKey({ empty: "Enter the site ID.", name: "Customer.io site ID" }),
  trackApiKey: pastedKey({ empty: "Enter the Track API key.", name: "Customer.io Track API key" }),
  appApiKey: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(pastedKey({ empty: "", name: "Customer.io App API key" }).optional())
    .optional(),
  region: customerioRegionSchema,
});
export type CustomerioConnectionInput = z.infer<typeof customerioConnectionInputSchema>;

export const CONNECTION_NOT_FOUND = "This connection no longer exists. Reload the page to see your connections.";

export const connectionIdSchema = z.uuid(CONNECTION_NOT_FOUND);

/** A key field that may stay empty: empty keeps what is stored. */
const optionalPastedKey = (name: string) =>
  z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(pastedKey({ empty: "", name }).optional())
    .optional();

/** Editing a Customer.io connection: empty key fields keep the stored keys. */
export const editCustomerioConnectionInputSchema = z
  .object({
    connectionId: connectionIdSchema,
    siteId: customerioConnectionInputSchema.shape.siteId,
    region: customerioRegionSchema,
    trackApiKey: optionalPastedKey("Customer.io Track API key"),
    appApiKey: optionalPastedKey("Customer.io App API key"),
    removeAppApiKey: z.boolean().default(false),
  })
  .superRefine((input, ctx) => {
    if (input.removeAppApiKey && input.appApiKey) {
      ctx.addIssue({ code: "custom", path: ["appApiKey"], message: "Paste a new App API key or remove the key, not both." });
    }
  });
export type EditCustomerioConnectionInput = z.infer<typeof editCustomerioConnectionInputSchema>;
export type EditCustomerioConnectionField = keyof EditCustomerioConnectionInput;

export const STRIPE_SIGNING_SECRET_PATTERN = /^whsec_[A-Za-z0-9+/=]{16,}$/;

export const signingSecretInputSchema = z.object({
  connectionId: connectionIdSchema,
  signingSecret: z
    .string()
    .trim()
    .min(1, "Paste the endpoint's signing secret (whsec_…).")
    .regex(
      STRIPE_SIGNING_SECRET_PATTERN,
      "A signing secret starts with whsec_. In Stripe, open the endpoint under Developers → Webhooks and click Reveal under Signing secret.",
    ),
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

/** Stored in Connection.config for a Customer.io workspace (the site ID is public: it is in the JS snippet). */
export const customerioConnectionConfigSchema = z.object({
  siteId: z.string(),
  region: customerioRegionSchema,
  environmentId: z.number().nullable(),
  trackKeyLast4: z.string(),
  appKeyLast4: z.string().nullable(),
});
export type CustomerioConnectionConfig = z.infer<typeof customerioConnectionConfigSchema>;

/** Encrypted together in Connection.secretsCiphertext. */
export const stripeSecretsSchema = z.object({
  secretKey: z.string(),
  webhookSigningSecret: z.string().optional(),
});
export type StripeSecrets = z.infer<typeof stripeSecretsSchema>;

export const customerioSecretsSchema = z.object({
  trackApiKey: z.string(),
  appApiKey: z.string().optional(),
});
export type CustomerioSecrets = z.infer<typeof customerioSecretsSchema>;

/** What a connect or save form gets back: the new connection, or what to change, per field. */
export type ConnectResult<Field extends string, Connected extends object = object> =
  ({ ok: true; connectionId: string; warning?: string } & Connected) | { ok: false; fieldErrors: Partial<Record<Field, string>>; formError?: string };

/** What the Connect Stripe form shows after saving. */
export interface StripeConnected {
  label: string;
  accountName: string | null;
  livemode: boolean;
  /** "manual": the user adds this URL in Stripe's dashboard and pastes the signing secret. */
  webhook: { mode: "managed" } | { mode: "manual"; url: string };
}

export type StripeConnectionField = keyof StripeConnectionInput;
export type CustomerioConnectionField = keyof CustomerioConnectionInput;
