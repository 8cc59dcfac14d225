import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSession } from "@/lib/auth/create-session";
import { createUser } from "@/lib/auth/create-user";
import { findSessionUser } from "@/lib/auth/find-session-user";
import { revokeSession } from "@/lib/auth/revoke-session";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-lifetime";

async function newUserId(): Promise<string> {
  const result = await createUser({ input: { email: `session-${randomUUID()}@example.com`, password: "orbit-canyon-lantern-42" } });
  if (!result.ok) throw new Error("could not create the test user");
  return result.user.id;
}

describe("sessions", () => {
  it("lasts the documented lifetime and finds its user", async () => {
    const userId = await newUserId();
    const before = Date.now();
    const session = await createSession({ userId, userAgent: "vitest", ipAddress: "127.0.0.1" });
    expect(session.expiresAt.getTime() - before).toBeGreaterThanOrEqual(SESSION_MAX_AGE_SECONDS * 1000 - 1000);
    expect(session.expiresAt.getTime() - before).toBeLessThanOrEqual(SESSION_MAX_AGE_SECONDS * 1000 + 1000);
    expect(await findSessionUser({ sessionId: session.id })).toMatchObject({ id: userId, sessionId: session.id });
  });

  it("ends when revoked (sign-out), and revoking twice is harmless", async () => {
    const userId = await newUserId();
    const session = await createSession({ userId });
    await revokeSession({ sessionId: session.id });
    await revokeSession({ sessionId: session.id });
    expect(await findSessionUser({ sessionId: session.id })).toBeNull();
  });

  it("revoking one session leaves the user's other sessions alone", async () => {
    const userId = await newUserId();
    const [laptop, phone] = await Promise.all([createSession({ userId }), createSession({ userId })]);
    await revokeSession({ sessionId: laptop.id });
    expect(await findSessionUser({ sessionId: phone.id })).toMatchObject({ id: userId });
  });

  it("ends when it expires", async () => {
    const userId = await newUserId();
    const session = await createSession({ userId });
    await db.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findSessionUser({ sessionId: session.id })).toBeNull();
  });

  it.each(["", "not-a-uuid", "' OR 1=1 --", randomUUID()])("finds no user for the session id %j", async (sessionId) => {
    expect(await findSessionUser({ sessionId })).toBeNull();
  });
});
