// Checks a pasted Stripe key with real calls before Conduit stores it: the account it belongs to,
// its mode, and, for a restricted key, that it can read what Conduit's lookups read.
import Stripe from "stripe";
import { createStripeClient } from "@/lib/catalog/stripe/client/create-stripe-client";
import { parseStripeKey } from "@/lib/catalog/stripe/connection/parse-stripe-key";
import { CREATE_RESTRICTED_KEY_URL, READ_PERMISSIONS } from "@/lib/catalog/stripe/connection/stripe-key-permissions";
import { StripeSetupError, stripeSetupErrorFrom } from "@/lib/catalog/stripe/connection/stripe-setup-error";

export interface VerifyStripeKeyOptions {
  secretKey: string;
  /** Origin to call instead of https://api.stripe.com (stand-ins, proxies). */
  apiBase?: string;
}

export interface VerifiedStripeKey {
  /** Null only if a restricted key cannot read the account and Stripe did not name it either. */
  accountId: string | null;
  /** The name the Stripe dashboard shows; null when the account has none or a restricted key cannot read it. */
  accountName: string | null;
  livemode: boolean;
  kind: "secret" | "restricted";
}

const ACTION = "checkKey";

/** Throws StripeSetupError with a message for the user when the key will not do. */
export async function verifyStripeKey({ secretKey, apiBase }: VerifyStripeKeyOptions): Promise<VerifiedStripeKey> {
  const { key, kind, livemode } = parseStripeKey({ value: secretKey });
  const client = createStripeClient({ secretKey: key, apiBase });
  const account = await readAccount({ client, kind });
  if (kind === "restricted") await requireReadPermissions(client);
  return { ...account, livemode, kind };
}

/**
 * GET /v1/account. Restricted keys usually may not read it; Stripe's 403 then still proves the key
 * is real (it authenticates before it checks permissions) and names the account.
 */
async function readAccount({ client, kind }: { client: Stripe; kind: "secret" | "restricted" }) {
  try {
    const account = await client.accounts.retrieveCurrent();
    return { accountId: account.id, accountName: account.settings?.dashboard?.display_name || account.business_profile?.name || null };
  } catch (error) {
    if (kind === "restricted" && error instanceof Stripe.errors.StripePermissionError) {
      return { accountId: /on account '(acct_[A-Za-z0-9]+)'/.exec(error.message)?.[1] ?? null, accountName: null };
    }
    throw stripeSetupErrorFrom({ error, action: ACTION });
  }
}

async function requireReadPermissions(client: Stripe): Promise<void> {
  const results = await Promise.all(
    READ_PERMISSIONS.map(async (needed) => {
      try {
        await needed.probe(client);
        return undefined;
      } catch (error) {
        if (error instanceof Stripe.errors.StripePermissionError) return needed;
        throw stripeSetupErrorFrom({ error, action: ACTION });
      }
    }),
  );
  const missing = results.filter((result) => result !== undefined);
  if (missing.length === 0) return;
  throw new StripeSetupError({
    problem: "missing_permissions",
    missingPermissions: missing.map(({ permission }) => permission),
    connectionError: {
      code: "stripe.permissionsMissing",
      values: { permissions: missing.map(({ label }) => label).join(", "), count: missing.length, url: CREATE_RESTRICTED_KEY_URL },
    },
    message:
      `This restricted key lacks ${missing.map(({ label, usedFor }) => `${label} (for ${usedFor})`).join(", ")}. ` +
      `In Stripe, open Developers → API keys, edit the key and allow ${missing.length === 1 ? "it" : "them"}, ` +
      `or create a key with everything Conduit needs: ${CREATE_RESTRICTED_KEY_URL}`,
  });
}
