// The signed-in user of the current request (server components, actions, route handlers).
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { authOptions } from "@/lib/auth/auth-options";
import { findSessionUser, type SessionUser } from "@/lib/auth/find-session-user";

export const currentUser = cache(async (): Promise<SessionUser | null> => {
  // Marks the page as rendered per request before authOptions() reads the environment, which
  // `next build` does not have (it would otherwise try to prerender sign-in and sign-up).
  await connection();
  const session = (await getServerSession(authOptions())) as { sessionId?: string } | null;
  return session?.sessionId ? findSessionUser({ sessionId: session.sessionId }) : null;
});

/** The signed-in user, or a redirect to sign-in that comes back to this page afterwards. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (user) return user;
  // Set by proxy.ts: server components are not told their own URL.
  const path = (await headers()).get("x-conduit-path");
  redirect(path && path !== "/" ? `/sign-in?callbackUrl=${encodeURIComponent(path)}` : "/sign-in");
}
