// Who is calling the Stripe stand-in: the API key from `Authorization: Bearer <key>` (or Basic with
// the key as user name, which Stripe also accepts), its account and mode, and whether a restricted
// key holds the permission an endpoint needs. Answers are Stripe's 401 and 403 bodies.
import { stripeError, type StandInAnswer } from "@/demo/stand-ins/stripe-stand-in-errors";

export interface StandInKey {
  /** sk_test_…, sk_live_…, rk_test_… or rk_live_…: the prefix sets the mode and the kind. */
  secret: string;
  /** A rolled or deleted key: Stripe answers 401 api_key_expired. */
  revoked?: boolean;
  /** For restricted keys: the rak_* permissions granted ("rak_charge_read"); a write grants the read. */
  permissions?: readonly string[];
}

export interface StandInAccount {
  id: string;
  /** settings.dashboard.display_name: the name the Stripe dashboard shows. */
  displayName?: string | null;
  /** business_profile.name. */
  businessName?: string | null;
  keys: StandInKey[];
}

export type Caller = { ok: true; account: StandInAccount; key: StandInKey; livemode: boolean } | { ok: false; answer: StandInAnswer };

const KEY_PATTERN = /^(sk|rk)_(test|live)_[A-Za-z0-9]+$/;
const UNAUTHORIZED_HEADERS = { "www-authenticate": 'Basic realm="Stripe"' };

export function identifyCaller({ authorization, accounts }: { authorization: string | undefined; accounts: readonly StandInAccount[] }): Caller {
  const secret = keyFrom(authorization);
  if (!secret) {
    return {
      ok: false,
      answer: stripeError({
        status: 401,
        headers: UNAUTHORIZED_HEADERS,
        message:
          "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
      }),
    };
  }
  for (const account of accounts) {
    const key = account.keys.find((candidate) => candidate.secret === secret);
    if (!key || !KEY_PATTERN.test(secret)) continue;
    if (key.revoked) {
      return {
        ok: false,
        answer: stripeError({ status: 401, headers: UNAUTHORIZED_HEADERS, code: "api_key_expired", message: `Expired API Key provided: ${maskKey(secret)}` }),
      };
    }
    return { ok: true, account, key, livemode: secret.includes("_live_") };
  }
  return { ok: false, answer: stripeError({ status: 401, headers: UNAUTHORIZED_HEADERS, message: `Invalid API Key provided: ${maskKey(secret)}` }) };
}

/** Stripe's 403 for a restricted key without the permission; undefined when allowed. */
export function permissionDenied({ caller, permission }: { caller: Extract<Caller, { ok: true }>; permission: string }): StandInAnswer | undefined {
  const { key, account } = caller;
  if (!key.secret.startsWith("rk_")) return undefined;
  const granted = key.permissions ?? [];
  const write = permission.replace(/_read$/, "_write");
  if (granted.includes(permission) || granted.includes(write)) return undefined;
  return stripeError({
    status: 403,
    message:
      `The provided key '${maskKey(key.secret)}' does not have the required permissions for this endpoint on account '${account.id}'. ` +
      `Having the '${permission}' permission would allow this request to continue.`,
  });
}

/** "sk_test_********************1234", as Stripe shows keys in messages. */
export function maskKey(secret: string): string {
  const prefix = /^[a-z]+_(test|live)_/.exec(secret)?.[0] ?? "";
  const rest = secret.slice(prefix.length);
  if (rest.length <= 4) return `${prefix}${"*".repeat(rest.length)}`;
  return `${prefix}${"*".repeat(rest.length - 4)}${rest.slice(-4)}`;
}

function keyFrom(header: string | undefined): string | undefined {
  const [scheme, value] = header?.trim().split(/\s+/, 2) ?? [];
  if (!value) return undefined;
  if (scheme?.toLowerCase() === "bearer") return value;
  if (scheme?.toLowerCase() === "basic") return Buffer.from(value, "base64").toString("utf8").split(":")[0] || undefined;
  return undefined;
}
