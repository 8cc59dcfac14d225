"use server";

// The Account page's server actions: check the session, validate with zod, call lib/.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { changePassword, type ChangePasswordResult } from "@/lib/auth/change-password";
import { clientAddress } from "@/lib/auth/client-address";
import { requireUser } from "@/lib/auth/current-user";
import { revokeOtherSessions } from "@/lib/auth/revoke-other-sessions";
import { revokeUserSession, SESSION_NOT_FOUND, type RevokeUserSessionResult } from "@/lib/auth/revoke-user-session";

const PAGE = "/account";

const changePasswordInputSchema = z.object({
  currentPassword: z.string().max(1024),
  newPassword: z.string().max(1024),
  confirmPassword: z.string().max(1024),
});

export async function changePasswordAction(input: { currentPassword: string; newPassword: string; confirmPassword: string }): Promise<ChangePasswordResult> {
  const user = await requireUser();
  const parsed = changePasswordInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: { newPassword: "Use at most 128 characters." } };
  const result = await changePassword({ userId: user.id, sessionId: user.sessionId, address: clientAddress(await headers()), input: parsed.data });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function signOutSession(input: { sessionId: string }): Promise<RevokeUserSessionResult> {
  const user = await requireUser();
  const parsed = z.object({ sessionId: z.uuid() }).safeParse(input);
  if (!parsed.success) return { ok: false, message: SESSION_NOT_FOUND };
  const result = await revokeUserSession({ userId: user.id, sessionId: parsed.data.sessionId });
  revalidatePath(PAGE);
  return result;
}

export async function signOutOtherSessions(): Promise<{ count: number }> {
  const user = await requireUser();
  const result = await revokeOtherSessions({ userId: user.id, currentSessionId: user.sessionId });
  revalidatePath(PAGE);
  return result;
}
