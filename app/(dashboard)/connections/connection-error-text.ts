import { userMessageText } from "@/lib/i18n/user-message";
import type { ConnectionError, StripeSetupAction } from "@/lib/connections/connection-error";
import type { Translate } from "@/lib/i18n/translator";

function stripeAction(t: Translate, action: StripeSetupAction): string {
  switch (action) {
    case "checkKey":
      return t("connections.errors.stripeActions.checkKey");
    case "setUpWebhook":
      return t("connections.errors.stripeActions.setUpWebhook");
    case "deleteWebhook":
      return t("connections.errors.stripeActions.deleteWebhook");
  }
}

/** A connect error (lib/connections/connection-error.ts) worded with `t`; vendor text is quoted as the vendor wrote it. */
export function connectionErrorText(t: Translate, error: ConnectionError): string {
  switch (error.code) {
    case "unknownApp":
      return t("connections.errors.unknownApp", error.values);
    case "stripe.keyEmpty":
      return t("connections.errors.stripe.keyEmpty");
    case "stripe.publishableKey":
      return t("connections.errors.stripe.publishableKey");
    case "stripe.signingSecretNotKey":
      return t("connections.errors.stripe.signingSecretNotKey");
    case "stripe.keyBadCharacters":
      return t("connections.errors.stripe.keyBadCharacters");
    case "stripe.notStripeKey":
      return t("connections.errors.stripe.notStripeKey");
    case "stripe.keyCutShort":
      return t("connections.errors.stripe.keyCutShort");
    case "stripe.unreachable":
      return t("connections.errors.stripe.unreachable", { ...error.values, action: stripeAction(t, error.values.action) });
    case "stripe.noAnswer":
      return t("connections.errors.stripe.noAnswer", { ...error.values, action: stripeAction(t, error.values.action) });
    case "stripe.keyExpired":
      return t("connections.errors.stripe.keyExpired", error.values);
    case "stripe.keyRejected":
      return t("connections.errors.stripe.keyRejected", error.values);
    case "stripe.permissionMissing":
      return t("connections.errors.stripe.permissionMissing", { ...error.values, action: stripeAction(t, error.values.action) });
    case "stripe.unnamedPermissionMissing":
      return t("connections.errors.stripe.unnamedPermissionMissing", { action: stripeAction(t, error.values.action) });
    case "stripe.permissionsMissing":
      return t("connections.errors.stripe.permissionsMissing", error.values);
    case "stripe.unavailable":
      return t("connections.errors.stripe.unavailable", { ...error.values, action: stripeAction(t, error.values.action) });
    case "stripe.refused":
      return t("connections.errors.stripe.refused", { ...error.values, action: stripeAction(t, error.values.action) });
    case "stripe.alreadyConnected":
      return t("connections.errors.stripe.alreadyConnected", error.values);
    case "stripe.wrongMode":
      return t("connections.errors.stripe.wrongMode", error.values);
    case "stripe.otherAccount":
      return t("connections.errors.stripe.otherAccount", error.values);
    case "customerio.trackKeyRejected":
      return t("connections.errors.customerio.trackKeyRejected");
    case "customerio.unexpectedAnswer":
      return t("connections.errors.customerio.unexpectedAnswer");
    case "customerio.appKeyForbidden":
      return t("connections.errors.customerio.appKeyForbidden");
    case "customerio.wrongRegion":
      return t("connections.errors.customerio.wrongRegion", error.values);
    case "customerio.appKeyRejected":
      return t("connections.errors.customerio.appKeyRejected", error.values);
    case "customerio.unavailable":
      return t("connections.errors.customerio.unavailable", { ...error.values, detail: userMessageText({ message: error.values.detail, t }) });
    case "customerio.alreadyConnected":
      return t("connections.errors.customerio.alreadyConnected", error.values);
    case "customerio.editAlreadyConnected":
      return t("connections.errors.customerio.editAlreadyConnected", error.values);
    case "customerio.siteIdEmpty":
      return t("connections.errors.customerio.siteIdEmpty");
    case "customerio.trackKeyEmpty":
      return t("connections.errors.customerio.trackKeyEmpty");
    case "customerio.keyTooLong":
      return t("connections.errors.customerio.keyTooLong", error.values);
    case "customerio.keyBadCharacters":
      return t("connections.errors.customerio.keyBadCharacters", error.values);
    case "stripe.webhookNotReady":
      return t("connections.errors.stripe.webhookNotReady", error.values);
    case "stripe.endpointNotDeleted":
      return t("connections.errors.stripe.endpointNotDeleted", error.values);
  }
}
