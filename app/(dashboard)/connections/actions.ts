"use server";

// The Connections page's server actions: check the session, validate with zod, call lib/. Nothing
// they return holds a secret.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { authedAction } from "@/lib/auth/authed-action";
import { createCustomerioConnection } from "@/lib/connections/create-customerio-connection";
import { createStripeConnection } from "@/lib/connections/create-stripe-connection";
import { deleteConnection as deleteUserConnection, type DeleteConnectionResult } from "@/lib/connections/delete-connection";
import { editCustomerioConnection } from "@/lib/connections/edit-customerio-connection";
import { fieldErrorsOf } from "@/lib/connections/field-errors-of";
import { moveZapsToConnection, type MoveZapsResult } from "@/lib/connections/move-zaps-to-connection";
import { replaceStripeKey } from "@/lib/connections/replace-stripe-key";
import { saveStripeSigningSecret } from "@/lib/connections/save-stripe-signing-secret";
import {
  CONNECTION_NOT_FOUND,
  connectionIdSchema,
  customerioConnectionInputSchema,
  editCustomerioConnectionInputSchema,
  replaceStripeKeyInputSchema,
  signingSecretInputSchema,
  stripeConnectionInputSchema,
  type ConnectResult,
  type CustomerioConnectionField,
  type EditCustomerioConnectionField,
  type StripeConnected,
  type StripeConnectionField,
} from "@/lib/connections/schema";

const PAGE = "/connections";

export async function connectStripe(input: { secretKey: string; label: string }): Promise<ConnectResult<StripeConnectionField, StripeConnected>> {
  const user = await requireUser();
  const parsed = stripeConnectionInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await createStripeConnection({ userId: user.id, input: parsed.data });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function connectCustomerio(input: {
  label: string;
  siteId: string;
  trackApiKey: string;
  appApiKey: string;
  region: string;
}): Promise<ConnectResult<CustomerioConnectionField, { label: string }>> {
  const user = await requireUser();
  const parsed = customerioConnectionInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await createCustomerioConnection({ userId: user.id, input: parsed.data });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function replaceKey(input: { connectionId: string; secretKey: string }): Promise<ConnectResult<"connectionId" | "secretKey">> {
  const user = await requireUser();
  const parsed = replaceStripeKeyInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await replaceStripeKey({ userId: user.id, input: parsed.data });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function saveSigningSecret(input: { connectionId: string; signingSecret: string }): Promise<ConnectResult<"connectionId" | "signingSecret">> {
  const user = await requireUser();
  const parsed = signingSecretInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await saveStripeSigningSecret({ userId: user.id, input: parsed.data });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function deleteConnection(input: { connectionId: string }): Promise<DeleteConnectionResult> {
  const user = await requireUser();
  const parsed = z.object({ connectionId: connectionIdSchema }).safeParse(input);
  if (!parsed.success) return { ok: false, message: CONNECTION_NOT_FOUND };
  const result = await deleteUserConnection({ userId: user.id, connectionId: parsed.data.connectionId });
  revalidatePath(PAGE);
  return result;
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
  onInvalid: (error) => ({ ok: false, fieldErrors: fieldErrorsOf(error) }),
  run: async ({ user, input }) => {
    const result = await editCustomerioConnection({ userId: user.id, input });
    if (result.ok) revalidatePath(PAGE);
    return result;
  },
});

export const moveZaps: (input: { connectionId: string }) => Promise<MoveZapsResult> = authedAction({
  schema: z.object({ connectionId: connectionIdSchema }),
  onInvalid: () => ({ ok: false, message: CONNECTION_NOT_FOUND }),
  run: async ({ user, input }) => {
    const result = await moveZapsToConnection({ userId: user.id, connectionId: input.connectionId });
    revalidatePath(PAGE);
    return result;
  },
});
