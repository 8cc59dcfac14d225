"use server";

// The Connections page's server actions: check the session, validate with zod, call lib/. Nothing
// they return holds a secret.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { authedAction } from "@/lib/auth/authed-action";
import { createConnection, type CreateConnectionResult } from "@/lib/connections/create-connection";
import { deleteConnection as deleteUserConnection, type DeleteConnectionResult } from "@/lib/connections/delete-connection";
import { editCustomerioConnection } from "@/lib/catalog/customerio/connection/edit-customerio-connection";
import { localizeConnectionResult } from "@/app/(dashboard)/connections/localize-connection-result";
import { fieldErrorCodesOf } from "@/lib/connections/field-error-codes-of";
import { fieldErrorsOf } from "@/lib/connections/field-errors-of";
import { moveZapsToConnection, type MoveZapsResult } from "@/lib/connections/move-zaps-to-connection";
import { replaceStripeKey } from "@/lib/catalog/stripe/connection/replace-stripe-key";
import { saveStripeSigningSecret } from "@/lib/catalog/stripe/connection/save-stripe-signing-secret";
import { CONNECTION_NOT_FOUND, connectionIdSchema, type ConnectResult } from "@/lib/connections/schema";
import { replaceStripeKeyInputSchema, signingSecretInputSchema } from "@/lib/catalog/stripe/connection/stripe-connection-schema";
import { editCustomerioConnectionInputSchema, type EditCustomerioConnectionField } from "@/lib/catalog/customerio/connection/customerio-connection-schema";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";

const PAGE = "/connections";

/** Any app's connect form: the app's own fields check the values (lib/connections/create-connection.ts). */
export const connect: (input: { app: string; values: Record<string, string> }) => Promise<CreateConnectionResult> = authedAction({
  schema: z.object({ app: z.string().max(50), values: z.record(z.string(), z.string().max(10_000)) }),
  onInvalid: async () => ({
    ok: false,
    fieldErrors: {},
    formError: (await translator({ locale: await requestLocale() }))("connections.errors.unreadableForm"),
  }),
  run: async ({ user, input }) => {
    const result = await createConnection({ userId: user.id, app: input.app, values: input.values });
    if (result.ok) revalidatePath(PAGE);
    return localizeConnectionResult(result);
  },
});

export async function replaceKey(input: { connectionId: string; secretKey: string }): Promise<ConnectResult<"connectionId" | "secretKey">> {
  const user = await requireUser();
  const parsed = replaceStripeKeyInputSchema.safeParse(input);
  if (!parsed.success) return localizeConnectionResult({ ok: false, fieldErrors: fieldErrorsOf(parsed.error), errorCodes: fieldErrorCodesOf(parsed.error) });
  const result = await replaceStripeKey({ userId: user.id, input: parsed.data });
  if (result.ok) revalidatePath(PAGE);
  return localizeConnectionResult(result);
}

export async function saveSigningSecret(input: { connectionId: string; signingSecret: string }): Promise<ConnectResult<"connectionId" | "signingSecret">> {
  const user = await requireUser();
  const parsed = signingSecretInputSchema.safeParse(input);
  if (!parsed.success) return localizeConnectionResult({ ok: false, fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await saveStripeSigningSecret({ userId: user.id, input: parsed.data });
  if (result.ok) revalidatePath(PAGE);
  return localizeConnectionResult(result);
}

export async function deleteConnection(input: { connectionId: string }): Promise<DeleteConnectionResult> {
  const user = await requireUser();
  const parsed = z.object({ connectionId: connectionIdSchema }).safeParse(input);
  if (!parsed.success) return localizeConnectionResult({ ok: false, message: CONNECTION_NOT_FOUND });
  const result = await deleteUserConnection({ userId: user.id, connectionId: parsed.data.connectionId });
  revalidatePath(PAGE);
  return localizeConnectionResult(result);
}

export const editCustomerio: (input: {
  connectionId: string;
  siteId: string;
  region: string;
  trackApiKey: string;
  appApiKey: string;
  removeAppApiKey: boolean;
}) => Promise<ConnectResult<EditCustomerioConnectionField>> = authedAction({
  schema: editCustomerioConnectionInputSchema,
  onInvalid: (error) => localizeConnectionResult({ ok: false, fieldErrors: fieldErrorsOf(error), errorCodes: fieldErrorCodesOf(error) }),
  run: async ({ user, input }) => {
    const result = await editCustomerioConnection({ userId: user.id, input });
    if (result.ok) revalidatePath(PAGE);
    return localizeConnectionResult(result);
  },
});

export const moveZaps: (input: { connectionId: string }) => Promise<MoveZapsResult> = authedAction({
  schema: z.object({ connectionId: connectionIdSchema }),
  onInvalid: () => localizeConnectionResult({ ok: false, message: CONNECTION_NOT_FOUND }),
  run: async ({ user, input }) => {
    const result = await moveZapsToConnection({ userId: user.id, connectionId: input.connectionId });
    revalidatePath(PAGE);
    return localizeConnectionResult(result);
  },
});
