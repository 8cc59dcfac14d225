// What a user types to connect or edit a Customer.io workspace, and what Conduit stores about the
// connection. Secrets are kept apart from `config`: they are encrypted together in
// `secretsCiphertext` and never leave the server.
import { z } from "zod";
import type { ConnectionError, CustomerioKeyName } from "@/lib/connections/connection-error";
import { connectionErrorParams } from "@/lib/connections/field-error-codes-of";
import { connectionIdSchema, connectionLabelSchema } from "@/lib/connections/schema";

const KEY_NAMES: Record<CustomerioKeyName, string> = {
  siteId: "Customer.io site ID",
  trackKey: "Customer.io Track API key",
  appKey: "Customer.io App API key",
};
const EMPTY: Partial<Record<CustomerioKeyName, { message: string; error: ConnectionError }>> = {
  siteId: { message: "Enter the site ID.", error: { code: "customerio.siteIdEmpty" } },
  trackKey: { message: "Enter the Track API key.", error: { code: "customerio.trackKeyEmpty" } },
};

/**
 * A pasted credential: copy-paste often brings spaces or line breaks along, so those are trimmed
 * first. Each message carries its code for the connect form's language (field-error-codes-of.ts).
 */
const pastedKey = (key: CustomerioKeyName) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const refuse = (message: string, error: ConnectionError) => ctx.addIssue({ code: "custom", message, params: connectionErrorParams(error) });
      const name = KEY_NAMES[key];
      const empty = EMPTY[key];
      if (value === "") {
        if (empty) refuse(empty.message, empty.error);
      } else if (value.length > 256)
        refuse(`This is longer than any ${name}: copy the ${name} alone.`, { code: "customerio.keyTooLong", values: { name: key } });
      else if (!/^[\x21-\x7e]+$/.test(value))
        refuse(`This has spaces or characters a ${name} never has: copy the ${name} alone.`, { code: "customerio.keyBadCharacters", values: { name: key } });
    });

export const CHOOSE_CUSTOMERIO_REGION = "Choose the region your Customer.io account is in: US or EU.";
export const APP_KEY_PASTED_AND_REMOVED = "Paste a new App API key or remove the key, not both.";

export const customerioRegionSchema = z.enum(["us", "eu"], { error: CHOOSE_CUSTOMERIO_REGION });
export type CustomerioRegion = z.infer<typeof customerioRegionSchema>;

export const customerioConnectionInputSchema = z.object({
  label: connectionLabelSchema,
  siteId: pastedKey("siteId"),
  trackApiKey: pastedKey("trackKey"),
  appApiKey: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(pastedKey("appKey").optional())
    .optional(),
  region: customerioRegionSchema,
});
export type CustomerioConnectionInput = z.infer<typeof customerioConnectionInputSchema>;

/** A key field that may stay empty: empty keeps what is stored. */
const optionalPastedKey = (key: CustomerioKeyName) =>
  z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(pastedKey(key).optional())
    .optional();

/** Editing a Customer.io connection: empty key fields keep the stored keys. */
export const editCustomerioConnectionInputSchema = z
  .object({
    connectionId: connectionIdSchema,
    siteId: customerioConnectionInputSchema.shape.siteId,
    region: customerioRegionSchema,
    trackApiKey: optionalPastedKey("trackKey"),
    appApiKey: optionalPastedKey("appKey"),
    removeAppApiKey: z.boolean().default(false),
  })
  .superRefine((input, ctx) => {
    if (input.removeAppApiKey && input.appApiKey) {
      ctx.addIssue({ code: "custom", path: ["appApiKey"], message: APP_KEY_PASTED_AND_REMOVED });
    }
  });
export type EditCustomerioConnectionInput = z.infer<typeof editCustomerioConnectionInputSchema>;
export type EditCustomerioConnectionField = keyof EditCustomerioConnectionInput;

/** Stored in Connection.config for a Customer.io workspace (the site ID is public: it is in the JS snippet). */
export const customerioConnectionConfigSchema = z.object({
  siteId: z.string(),
  region: customerioRegionSchema,
  environmentId: z.number().nullable(),
  trackKeyLast4: z.string(),
  appKeyLast4: z.string().nullable(),
});
export type CustomerioConnectionConfig = z.infer<typeof customerioConnectionConfigSchema>;

export const customerioSecretsSchema = z.object({
  trackApiKey: z.string(),
  appApiKey: z.string().optional(),
});
export type CustomerioSecrets = z.infer<typeof customerioSecretsSchema>;

export type CustomerioConnectionField = keyof CustomerioConnectionInput;
