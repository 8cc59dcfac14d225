// Connecting an app fails with an English sentence (for logs and lib's callers) and, beside it, a
// stable code with the values the sentence needs, so the action layer can word it in the viewer's
// language (app/(dashboard)/connections/connection-error-text.ts). Vendor text stays as the vendor wrote it.
import type { UserMessage } from "@/lib/i18n/user-message";

/** What Conduit was doing at Stripe when it failed. */
export type StripeSetupAction = "checkKey" | "setUpWebhook" | "deleteWebhook";

export const STRIPE_SETUP_ACTION_WORDS: Record<StripeSetupAction, string> = {
  checkKey: "check the key",
  setUpWebhook: "set up Conduit's webhook endpoint",
  deleteWebhook: "delete Conduit's webhook endpoint",
};

/** What is wrong with the shape of a pasted Stripe key (parse-stripe-key.ts). */
export type StripeKeyShapeCode =
  "stripe.keyEmpty" | "stripe.publishableKey" | "stripe.signingSecretNotKey" | "stripe.keyBadCharacters" | "stripe.notStripeKey" | "stripe.keyCutShort";

export type ConnectionError =
  | { code: "unknownApp"; values: { app: string } }
  | { code: StripeKeyShapeCode }
  | { code: "stripe.unreachable" | "stripe.noAnswer"; values: { action: StripeSetupAction; detail: string } }
  | { code: "stripe.keyExpired" | "stripe.keyRejected"; values: { stripeMessage: string } }
  | { code: "stripe.permissionMissing"; values: { action: StripeSetupAction; permission: string } }
  | { code: "stripe.unnamedPermissionMissing"; values: { action: StripeSetupAction } }
  | { code: "stripe.permissionsMissing"; values: { permissions: string; count: number; url: string } }
  | { code: "stripe.unavailable" | "stripe.refused"; values: { action: StripeSetupAction; status: number; stripeMessage: string } }
  | { code: "stripe.alreadyConnected"; values: { mode: "live" | "test"; label: string } }
  | { code: "stripe.wrongMode"; values: { keyMode: "live" | "test"; connectionMode: "live" | "test" } }
  | { code: "stripe.otherAccount"; values: { accountId: string } }
  | { code: "stripe.webhookNotReady"; values: { url: string } }
  | { code: "stripe.endpointNotDeleted"; values: { reason: EndpointNotDeletedReason; url: string; endpointId: string } }
  | { code: "customerio.trackKeyRejected" | "customerio.unexpectedAnswer" | "customerio.appKeyForbidden" }
  | { code: "customerio.wrongRegion" | "customerio.appKeyRejected"; values: { region: "US" | "EU" } }
  /** `detail`: Customer.io's failure as classify-customerio-error words it, in the viewer's language once shown. */
  | { code: "customerio.unavailable"; values: { what: "trackKey" | "appKey"; detail: UserMessage } }
  | { code: "customerio.alreadyConnected" | "customerio.editAlreadyConnected"; values: { label: string } }
  | { code: "customerio.siteIdEmpty" | "customerio.trackKeyEmpty" }
  | { code: "customerio.keyTooLong" | "customerio.keyBadCharacters"; values: { name: CustomerioKeyName } };

/** Why Conduit's webhook endpoint could not be deleted when its connection was. */
export type EndpointNotDeletedReason = "unreachable" | "keyRejected" | "permission" | "unavailable" | "unreadable" | "refused";

/** Which pasted Customer.io credential a message is about. */
export type CustomerioKeyName = "siteId" | "trackKey" | "appKey";

/**
 * What an error adds about the attempt: a new connection stored nothing, or an edit changed nothing;
 * for a warning, the new key was saved anyway, or the user adds the webhook endpoint by hand.
 */
export type ConnectionErrorNote = "nothingSaved" | "connectionUnchanged" | "keySaved" | "addEndpointYourself";

/** The codes of a failed connect or edit, by where the form shows them. */
export interface ConnectionErrorCodes {
  /** For a result whose only text is its `message`. */
  message?: ConnectionError;
  formError?: ConnectionError & { note?: ConnectionErrorNote };
  /** A success's `warning`: what is left to do by hand. */
  warning?: ConnectionError & { note?: ConnectionErrorNote };
  fieldErrors?: Partial<Record<string, ConnectionError>>;
}
