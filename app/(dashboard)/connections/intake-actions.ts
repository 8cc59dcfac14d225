"use server";

// The intake mode of a Stripe connection (automatic, sync or webhook): check the session, validate, call lib/.
import { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import { CONNECTION_NOT_FOUND, connectionIdSchema } from "@/lib/connections/schema";
import { setStripeIntakeMode, type SetStripeIntakeModeResult } from "@/lib/connections/set-stripe-intake-mode";

const inputSchema = z.object({
  connectionId: connectionIdSchema,
  choice: z.enum(["automatic", "sync", "webhook"], { error: "Choose automatic, sync or webhook." }),
});

export const setIntakeMode: (input: { connectionId: string; choice: string }) => Promise<SetStripeIntakeModeResult> = authedAction({
  schema: inputSchema,
  onInvalid: (error) => ({ ok: false, message: error.issues[0]?.message ?? CONNECTION_NOT_FOUND }),
  run: ({ user, input }) => setStripeIntakeMode({ userId: user.id, connectionId: input.connectionId, choice: input.choice }),
});
