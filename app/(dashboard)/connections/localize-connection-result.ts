import { connectionErrorText } from "@/app/(dashboard)/connections/connection-error-text";
import type { ConnectionErrorCodes } from "@/lib/connections/connection-error";
import { APP_KEY_PASTED_AND_REMOVED, CHOOSE_CUSTOMERIO_REGION } from "@/lib/catalog/customerio/connection/customerio-connection-schema";
import { SIGNING_SECRET_EMPTY, SIGNING_SECRET_MALFORMED } from "@/lib/catalog/stripe/connection/stripe-connection-schema";
import { NOTHING_TO_MOVE } from "@/lib/connections/move-zaps-to-connection";
import { CONNECTION_NOT_FOUND, LABEL_TOO_LONG } from "@/lib/connections/schema";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translator, type Translate } from "@/lib/i18n/translator";

/** lib/connections' fixed messages, by the constant it answers with. */
function knownMessage(t: Translate, message: string): string {
  if (message === CONNECTION_NOT_FOUND) return t("connections.errors.notFound");
  if (message === NOTHING_TO_MOVE) return t("connections.errors.nothingToMove");
  if (message === LABEL_TOO_LONG) return t("connections.errors.labelTooLong");
  if (message === SIGNING_SECRET_EMPTY) return t("connections.errors.stripe.signingSecretEmpty");
  if (message === SIGNING_SECRET_MALFORMED) return t("connections.errors.stripe.signingSecretMalformed");
  if (message === CHOOSE_CUSTOMERIO_REGION) return t("connections.errors.customerio.chooseRegion");
  if (message === APP_KEY_PASTED_AND_REMOVED) return t("connections.errors.customerio.appKeyPastedAndRemoved");
  return message;
}

type Messages = { message?: string; formError?: string; warning?: string; fieldErrors?: Partial<Record<string, string>>; errorCodes?: ConnectionErrorCodes };

/** A coded form error in words, with what it means for the attempt ("Nothing was saved.") when the code says. */
function formErrorText(t: Translate, error: NonNullable<ConnectionErrorCodes["formError"]>): string {
  const text = connectionErrorText(t, error);
  if (error.note === "nothingSaved") return `${text} ${t("connections.errors.nothingSaved")}`;
  if (error.note === "connectionUnchanged") return `${text} ${t("connections.errors.connectionUnchanged")}`;
  if (error.note === "keySaved") return `${t("connections.errors.keySaved")} ${text}`;
  if (error.note === "addEndpointYourself") return `${text} ${t("connections.errors.addEndpointYourself")}`;
  return text;
}

/**
 * A Connections action's answer in the request's language: lib/connections answers in English, and
 * its fixed messages and coded errors (errorCodes, which the browser does not get) are worded here.
 * Other text passes through as it is.
 */
export async function localizeConnectionResult<Result extends object>(result: Result): Promise<Result> {
  const t = await translator({ locale: await requestLocale() });
  const { message, formError, warning, fieldErrors, errorCodes, ...rest } = result as Messages;
  const codedFieldErrors = errorCodes?.fieldErrors ?? {};
  return {
    ...rest,
    ...(message === undefined ? {} : { message: errorCodes?.message ? connectionErrorText(t, errorCodes.message) : knownMessage(t, message) }),
    ...(formError === undefined ? {} : { formError: errorCodes?.formError ? formErrorText(t, errorCodes.formError) : knownMessage(t, formError) }),
    ...(warning === undefined ? {} : { warning: errorCodes?.warning ? formErrorText(t, errorCodes.warning) : warning }),
    ...(fieldErrors === undefined
      ? {}
      : {
          fieldErrors: Object.fromEntries(
            Object.entries(fieldErrors).map(([field, error]) => {
              const coded = codedFieldErrors[field];
              return [field, coded ? connectionErrorText(t, coded) : error === undefined ? error : knownMessage(t, error)];
            }),
          ),
        }),
  } as Result;
}
