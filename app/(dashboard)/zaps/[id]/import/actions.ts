"use server";

// "Import past events": check the session, validate with zod, call lib/catalog/stripe/import/.
import { authedAction } from "@/lib/auth/authed-action";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";
import { confirmStripeImport } from "@/lib/catalog/stripe/import/confirm-stripe-import";
import { IMPORT_ZAP_NOT_FOUND } from "@/lib/catalog/stripe/import/load-stripe-import-target";
import { confirmStripeImportInputSchema, IMPORT_NOT_FOUND, startStripeImportInputSchema, type StripeImportResult } from "@/lib/catalog/stripe/import/schema";
import { startStripeImport } from "@/lib/catalog/stripe/import/start-stripe-import";
import { importProblemText } from "@/lib/catalog/stripe/import/import-problem";

const t = async () => translator({ locale: await requestLocale() });

/** The import's refusals in the request's language (lib answers in English). */
async function localized(result: StripeImportResult): Promise<StripeImportResult> {
  if (result.ok) return result;
  if (result.message === IMPORT_NOT_FOUND) return { ok: false, message: (await t())("imports.errors.notFound") };
  if (result.message === IMPORT_ZAP_NOT_FOUND) return { ok: false, message: (await t())("imports.errors.zapNotFound") };
  if (result.problem) return { ok: false, message: importProblemText({ t: await t(), problem: result.problem }), problem: result.problem };
  return result;
}

export const startImport: (input: { zapId: string; from: string; to: string }) => Promise<StripeImportResult> = authedAction({
  schema: startStripeImportInputSchema,
  onInvalid: async (error) => {
    const field = error.issues[0]?.path[0];
    if (field === "zapId") return localized({ ok: false, message: IMPORT_ZAP_NOT_FOUND });
    return {
      ok: false,
      message: (await t())(field === "from" ? "imports.errors.chooseStart" : field === "to" ? "imports.errors.chooseEnd" : "imports.errors.chooseRange"),
    };
  },
  run: async ({ user, input }) => localized(await startStripeImport({ userId: user.id, input, locale: await requestLocale() })),
});

export const confirmImport: (input: { importId: string }) => Promise<StripeImportResult> = authedAction({
  schema: confirmStripeImportInputSchema,
  onInvalid: () => localized({ ok: false, message: IMPORT_NOT_FOUND }),
  run: async ({ user, input }) => localized(await confirmStripeImport({ userId: user.id, importId: input.importId, locale: await requestLocale() })),
});
