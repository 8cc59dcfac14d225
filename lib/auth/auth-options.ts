// next-auth configuration: email + password sign-in, JWT cookie holding a server-side session id.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { authenticateWithPassword, SignInError } from "@/lib/auth/authenticate-with-password";
import { clientAddress } from "@/lib/auth/client-address";
import { createSession } from "@/lib/auth/create-session";
import { findSessionUser } from "@/lib/auth/find-session-user";
import { revokeSession } from "@/lib/auth/revoke-session";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-lifetime";
import { localeFromHeaders } from "@/lib/i18n/locale-from-headers";
import { translator } from "@/lib/i18n/translator";

/** A session cookie whose session is revoked or expired: the normal end of a sign-in, not a fault. */
class SessionEndedError extends Error {
  constructor() {
    super("The session has ended.");
    this.name = "SessionEndedError";
  }
}

export function authOptions(): NextAuthOptions {
  // next-auth 4 reads its own URL from NEXTAUTH_URL; Conduit's variable is APP_URL.
  process.env.NEXTAUTH_URL ??= env().APP_URL;
  const secureCookies = env().APP_URL.startsWith("https://");
  return {
    secret: env().AUTH_SECRET,
    // The credentials provider requires JWT sessions. The JWT only carries the id of a Session
    // row; lib/auth/current-user.ts rejects it once that row is revoked or expired.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: secureCookies,
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const headers = (request.headers ?? {}) as Record<string, string | undefined>;
          const address = clientAddress(headers);
          // The refusal is shown as it is: in the sign-in page's language.
          const locale = localeFromHeaders({ cookie: headers.cookie, acceptLanguage: headers["accept-language"] });
          const user = await authenticateWithPassword({
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
            address,
            locale,
          }).catch(async (error: unknown) => {
            if (error instanceof SignInError) throw error;
            logger.error("sign-in failed unexpectedly", { error });
            throw new Error((await translator({ locale }))("auth.signIn.serverFailed"));
          });
          const session = await createSession({
            userId: user.id,
            userAgent: headers["user-agent"],
            ipAddress: address,
          });
          return { id: user.id, email: user.email, name: user.name, sessionId: session.id };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user && "sessionId" in user) {
          token.sid = String(user.sessionId);
          return token;
        }
        // /api/auth/session and getServerSession: a cookie whose session was revoked or expired
        // reads as signed out. next-auth answers `{}` and clears the cookie when this throws,
        // instead of describing the session and re-issuing the cookie.
        if (typeof token.sid !== "string") throw new SessionEndedError();
        // A database that does not answer says nothing about the session: the user stays signed in
        // (currentUser decides per request), rather than losing the cookie to a blip.
        const sessionUser = await findSessionUser({ sessionId: token.sid }).catch((error: unknown) => {
          logger.warn("session check failed; keeping the session cookie", { error });
          return undefined;
        });
        if (sessionUser === null) throw new SessionEndedError();
        return token;
      },
      session({ session, token }) {
        return { ...session, sessionId: typeof token.sid === "string" ? token.sid : undefined };
      },
    },
    logger: {
      error(code, metadata) {
        if (code === "JWT_SESSION_ERROR" && metadata instanceof SessionEndedError) return;
        logger.error(`next-auth: ${code}`, { error: metadata });
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession({ sessionId: token.sid });
      },
    },
  };
}
