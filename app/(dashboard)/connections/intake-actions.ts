"use server";

// The intake mode of a Stripe connection (automatic, sync or webhook): check the session, validate, call lib/.
import { z } from "zod";
import { localizeConnectionResult } from "@/app/(dashboard)/connections/localize-connection-result";
import { authedAction } from "@/lib/auth/authed-action";
import { CONNECTION_NOT_FOUND, connectionIdSchema } from "@/lib/connections/schema";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";
import { setStripeIntakeMode, type SetStripeIntakeModeResult } from "@/lib/catalog/stripe/intake/set-stripe-intake-mode";

const inputSchema = z.object({
  connectionId: connectionIdSchema,
  choice: z.enum(["automatic", "sync", "webhook"]),
});

export const setIntakeMode: (input: { connectionId: string; choice: string }) => Promise<SetStripeIntakeModeResult> = authedAction({
  schema: inputSchema,
  onInvalid: async (error) =>
    error.issues.some((issue) => issue.path[0] === "choice")
      ? { ok: false, message: (await translator({ locale: await requestLocale() }))("connections.intake.invalidChoice") }
      : localizeConnectionResult({ ok: false, message: CONNECTION_NOT_FOUND }),
  run: async ({ user, input }) =>
    localizeConnectionResult(await setStripeIntakeMode({ userId: user.id, connectionId: input.connectionId, choice: input.choice })),
});
