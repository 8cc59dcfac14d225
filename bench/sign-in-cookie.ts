// A real session for the bench's user without the password form: a Session row and the next-auth
// JWT cookie that names it, signed with the app's AUTH_SECRET (lib/auth/auth-options.ts).
import { encode } from "next-auth/jwt";
import { createSession } from "@/lib/auth/create-session";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-lifetime";
import { env } from "@/lib/env";

export async function signInCookie({ userId }: { userId: string }): Promise<string> {
  const session = await createSession({ userId, userAgent: "conduit-bench" });
  const token = await encode({ token: { sub: userId, sid: session.id }, secret: env().AUTH_SECRET, maxAge: SESSION_MAX_AGE_SECONDS });
  return `next-auth.session-token=${token}`;
}
