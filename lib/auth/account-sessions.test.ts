// listSessions, revokeUserSession and revokeOtherSessions: the Account page's session list.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSession } from "@/lib/auth/create-session";
import { findSessionUser } from "@/lib/auth/find-session-user";
import { listSessions } from "@/lib/auth/list-sessions";
import { revokeOtherSessions } from "@/lib/auth/revoke-other-sessions";
import { revokeSession } from "@/lib/auth/revoke-session";
import { revokeUserSession } from "@/lib/auth/revoke-user-session";
import en from "@/messages/en.json";

const SESSION_NOT_FOUND = en.account.sessions.notFound;

async function newUserId(): Promise<string> {
  const user = await db.user.create({ data: { email: `sessions-${randomUUID()}@example.com`, passwordHash: "not-used" } });
  return user.id;
}

describe("listSessions", () => {
  it("lists live sessions with device and address, this one first; not revoked, expired or other users' ones", async () => {
    const userId = await newUserId();
    const current = await createSession({ userId, userAgent: "Firefox on Linux", ipAddress: "192.0.2.1" });
    const phone = await createSession({ userId, userAgent: "Safari on iPhone", ipAddress: "192.0.2.2" });
    const revoked = await createSession({ userId });
    await revokeSession({ sessionId: revoked.id });
    const expired = await createSession({ userId });
    await db.session.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await createSession({ userId: await newUserId() });

    const sessions = await listSessions({ userId, currentSessionId: current.id });
    expect(sessions).toEqual([
      { id: current.id, userAgent: "Firefox on Linux", ipAddress: "192.0.2.1", createdAt: expect.any(Date), expiresAt: current.expiresAt, current: true },
      { id: phone.id, userAgent: "Safari on iPhone", ipAddress: "192.0.2.2", createdAt: expect.any(Date), expiresAt: phone.expiresAt, current: false },
    ]);
  });
});

describe("revokeUserSession", () => {
  it("signs one of the user's sessions out", async () => {
    const userId = await newUserId();
    const [laptop, phone] = await Promise.all([createSession({ userId }), createSession({ userId })]);
    expect(await revokeUserSession({ userId, sessionId: phone.id })).toEqual({ ok: true });
    expect(await findSessionUser({ sessionId: phone.id })).toBeNull();
    expect(await findSessionUser({ sessionId: laptop.id })).toMatchObject({ id: userId });
  });

  it("answers not found for another user's session and leaves it signed in", async () => {
    const [mallory, victim] = await Promise.all([newUserId(), newUserId()]);
    const victimSession = await createSession({ userId: victim });
    expect(await revokeUserSession({ userId: mallory, sessionId: victimSession.id })).toEqual({ ok: false, message: SESSION_NOT_FOUND });
    expect(await findSessionUser({ sessionId: victimSession.id })).toMatchObject({ id: victim });
  });

  it.each(["", "not-a-uuid", randomUUID()])("answers not found for the session id %j", async (sessionId) => {
    expect(await revokeUserSession({ userId: await newUserId(), sessionId })).toEqual({ ok: false, message: SESSION_NOT_FOUND });
  });
});

describe("revokeOtherSessions", () => {
  it("ends every other session of the user, not this one and not other users' sessions", async () => {
    const [userId, otherUserId] = await Promise.all([newUserId(), newUserId()]);
    const [current, laptop, phone] = await Promise.all([createSession({ userId }), createSession({ userId }), createSession({ userId })]);
    const bystander = await createSession({ userId: otherUserId });

    expect(await revokeOtherSessions({ userId, currentSessionId: current.id })).toEqual({ count: 2 });
    expect(await findSessionUser({ sessionId: current.id })).toMatchObject({ id: userId });
    expect(await findSessionUser({ sessionId: laptop.id })).toBeNull();
    expect(await findSessionUser({ sessionId: phone.id })).toBeNull();
    expect(await findSessionUser({ sessionId: bystander.id })).toMatchObject({ id: otherUserId });
  });

  it("is harmless when there is nothing else to sign out", async () => {
    const userId = await newUserId();
    const current = await createSession({ userId });
    expect(await revokeOtherSessions({ userId, currentSessionId: current.id })).toEqual({ count: 0 });
  });
});
