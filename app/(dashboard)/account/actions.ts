"use server";

// The Account page's server actions: check the session, validate with zod, call lib/.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import { changePassword } from "@/lib/auth/change-password";
import { clientAddress } from "@/lib/auth/client-address";
import { requireUser } from "@/lib/auth/current-user";
import { revokeOtherSessions } from "@/lib/auth/revoke-other-sessions";
import { revokeUserSession, SESSION_NOT_FOUND } from "@/lib/auth/revoke-user-session";

const PAGE = "/account";

const changePasswordInputSchema = z.object({
  currentPassword: z.string().max(1024),
  newPassword: z.string().max(1024),
  confirmPassword: z.string().max(1024),
});

export const changePasswordAction = authedAction({
  schema: changePasswordInputSchema,
  onInvalid: () => ({ ok: false, fieldErrors: { newPassword: "Use at most 128 characters." } }),
  run: async ({ user, input }) => {
    const result = await changePassword({ userId: user.id, sessionId: user.sessionId, address: clientAddress(await headers()), input });
    if (result.ok) revalidatePath(PAGE);
    return result;
  },
});

export const signOutSession = authedAction({
  schema: z.object({ sessionId: z.uuid() }),
  onInvalid: () => ({ ok: false, message: SESSION_NOT_FOUND }),
  run: async ({ user, input }) => {
    const result = await revokeUserSession({ userId: user.id, sessionId: input.sessionId });
    revalidatePath(PAGE);
    return result;
  },
});

export async function signOutOtherSessions(): Promise<{ count: number }> {
  const user = await requireUser();
  const result = await revokeOtherSessions({ userId: user.id, currentSessionId: user.sessionId });
  revalidatePath(PAGE);
  return result;
}
