// The session cookie next-auth really sets after a credentials sign-in, through its own handler.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import type { NextAuthOptions } from "next-auth";
import { afterEach, describe, expect, it } from "vitest";
import { reloadWithEnv } from "@/test/reload-with-env";

const PASSWORD = "orbit-canyon-lantern-42";

interface Cookie {
  name: string;
  value: string;
  options: Record<string, unknown>;
}
type AuthHandler = (params: { req: Record<string, unknown>; options: NextAuthOptions }) => Promise<{ body?: { csrfToken?: string }; cookies?: Cookie[] }>;
const saved = { APP_URL: process.env.APP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };

afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

async function signInThroughNextAuth(appUrl: string) {
  delete process.env.NEXTAUTH_URL;
  reloadWithEnv({ APP_URL: appUrl });
  // next-auth's core handler (what its route handler calls) is not in its package exports.
  const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as { AuthHandler: AuthHandler };
  const { authOptions } = await import("@/lib/auth/auth-options");
  const { createUser } = await import("@/lib/auth/create-user");
  const email = `cookie-${randomUUID()}@example.com`;
  if (!(await createUser({ input: { email, password: PASSWORD } })).ok) throw new Error("could not create the test user");

  const options = authOptions();
  const base = { origin: appUrl, headers: { "x-forwarded-for": "203.0.113.7", "user-agent": "vitest" }, query: {} };
  const csrf = await AuthHandler({ req: { ...base, action: "csrf", method: "GET", cookies: {}, body: {} }, options });
  const csrfCookie = csrf.cookies?.find((cookie) => cookie.name.endsWith("next-auth.csrf-token"));
  if (!csrf.body?.csrfToken || !csrfCookie) throw new Error("next-auth gave no CSRF token");
  const callback = await AuthHandler({
    req: {
      ...base,
      action: "callback",
      providerId: "credentials",
      method: "POST",
      cookies: { [csrfCookie.name]: csrfCookie.value },
      body: { csrfToken: csrf.body.csrfToken, email, password: PASSWORD, json: "true" },
    },
    options,
  });
  const session = callback.cookies?.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  if (!session) throw new Error(`next-auth set no session cookie: ${JSON.stringify(callback)}`);
  return Object.assign(session, {
    email,
    askSession: () => AuthHandler({ req: { ...base, action: "session", method: "GET", cookies: { [session.name]: session.value }, body: {} }, options }),
  });
}

describe("the session cookie", () => {
  it("is __Secure- prefixed, Secure, httpOnly and SameSite=Lax when APP_URL is https", async () => {
    const cookie = await signInThroughNextAuth("https://conduit.example.com");
    expect(cookie.name).toBe("__Secure-next-auth.session-token");
    expect(cookie.options).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax", path: "/" });
  });

  it("is httpOnly and SameSite=Lax, without Secure, over http (a local install)", async () => {
    const cookie = await signInThroughNextAuth("http://localhost:3000");
    expect(cookie.name).toBe("next-auth.session-token");
    expect(cookie.options).toMatchObject({ secure: false, httpOnly: true, sameSite: "lax" });
  });
});

describe("/api/auth/session", () => {
  it("describes a live session, and answers {} without re-issuing the cookie once the session is revoked", async () => {
    const cookie = await signInThroughNextAuth("http://localhost:3000");
    const live = (await cookie.askSession()) as { body?: { user?: { email?: string }; sessionId?: string }; cookies?: Cookie[] };
    expect(live.body?.user?.email).toBe(cookie.email);
    expect(live.body?.sessionId).toEqual(expect.any(String));

    const { revokeSession } = await import("@/lib/auth/revoke-session");
    await revokeSession({ sessionId: live.body?.sessionId ?? "" });
    const revoked = (await cookie.askSession()) as { body?: unknown; cookies?: Cookie[] };
    expect(revoked.body).toEqual({});
    // The only cookie set is the session cookie's removal, not a refreshed one.
    const sessionCookies = (revoked.cookies ?? []).filter((candidate) => candidate.name === cookie.name);
    expect(sessionCookies.length).toBeGreaterThan(0);
    for (const candidate of sessionCookies) expect(candidate).toMatchObject({ value: "", options: { maxAge: 0 } });
  });
});
