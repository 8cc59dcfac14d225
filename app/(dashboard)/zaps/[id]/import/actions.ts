"use server";

// "Import past events": check the session, validate with zod, call lib/imports/.
import { authedAction } from "@/lib/auth/authed-action";
import { confirmStripeImport } from "@/lib/imports/confirm-stripe-import";
import { confirmStripeImportInputSchema, IMPORT_NOT_FOUND, startStripeImportInputSchema, type StripeImportResult } from "@/lib/imports/schema";
import { startStripeImport } from "@/lib/imports/start-stripe-import";

export const startImport: (input: { zapId: string; from: string; to: string }) => Promise<StripeImportResult> = authedAction({
  schema: startStripeImportInputSchema,
  onInvalid: (error) => ({ ok: false, message: error.issues[0]?.message ?? "Choose a start and an end within the last 30 days." }),
  run: ({ user, input }) => startStripeImport({ userId: user.id, input }),
});

export const confirmImport: (input: { importId: string }) => Promise<StripeImportResult> = authedAction({
  schema: confirmStripeImportInputSchema,
  onInvalid: () => ({ ok: false, message: IMPORT_NOT_FOUND }),
  run: ({ user, input }) => confirmStripeImport({ userId: user.id, importId: input.importId }),
});
