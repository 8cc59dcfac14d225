import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticateWithPassword } from "@/lib/auth/authenticate-with-password";
import { changePassword } from "@/lib/auth/change-password";
import { createSession } from "@/lib/auth/create-session";
import { createUser } from "@/lib/auth/create-user";
import { findSessionUser } from "@/lib/auth/find-session-user";
import en from "@/messages/en.json";

const WRONG_CREDENTIALS = en.auth.signIn.wrongCredentials;
const WRONG_CURRENT_PASSWORD = en.account.password.wrongCurrent;

const OLD = "orbit-canyon-lantern-42";
const NEW = "harbor-meadow-violet-77";

async function newUser() {
  const email = `password-${randomUUID()}@example.com`;
  const result = await createUser({ input: { email, password: OLD } });
  if (!result.ok) throw new Error("could not create the test user");
  const [current, laptop, phone] = await Promise.all([1, 2, 3].map(() => createSession({ userId: result.user.id })));
  if (!current || !laptop || !phone) throw new Error("could not create the test sessions");
  return { userId: result.user.id, email, current: current.id, others: [laptop.id, phone.id] };
}

const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;

describe("changePassword", () => {
  it("changes the password and signs out every other session, keeping this one", async () => {
    const { userId, email, current, others } = await newUser();
    const result = await changePassword({
      userId,
      sessionId: current,
      address: address(),
      input: { currentPassword: OLD, newPassword: NEW, confirmPassword: NEW },
    });
    expect(result).toEqual({ ok: true, signedOutSessions: 2 });

    expect(await findSessionUser({ sessionId: current })).toMatchObject({ id: userId });
    for (const sessionId of others) expect(await findSessionUser({ sessionId })).toBeNull();
    await expect(authenticateWithPassword({ email, password: OLD, address: address() })).rejects.toThrow(WRONG_CREDENTIALS);
    expect((await authenticateWithPassword({ email, password: NEW, address: address() })).id).toBe(userId);
  });

  it("refuses a wrong current password with a clear message and changes nothing", async () => {
    const { userId, email, current, others } = await newUser();
    const before = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
    const result = await changePassword({
      userId,
      sessionId: current,
      address: address(),
      input: { currentPassword: "not-it-at-all", newPassword: NEW, confirmPassword: NEW },
    });
    expect(result).toEqual({ ok: false, fieldErrors: { currentPassword: WRONG_CURRENT_PASSWORD } });
    expect(await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).toEqual(before);
    for (const sessionId of others) expect(await findSessionUser({ sessionId })).toMatchObject({ id: userId });
    expect((await authenticateWithPassword({ email, password: OLD, address: address() })).id).toBe(userId);
  });

  it("throttles guesses at the current password like sign-in, even a right one meanwhile", async () => {
    const { userId, current } = await newUser();
    const from = address();
    const attempt = (currentPassword: string) =>
      changePassword({ userId, sessionId: current, address: from, input: { currentPassword, newPassword: NEW, confirmPassword: NEW } });
    for (let guess = 1; guess <= 5; guess += 1) {
      expect(await attempt(`guess-${guess}`)).toEqual({ ok: false, fieldErrors: { currentPassword: WRONG_CURRENT_PASSWORD } });
    }
    expect(await attempt("guess-6")).toEqual({
      ok: false,
      fieldErrors: { currentPassword: "Too many attempts with a wrong password. Try again in 30 seconds." },
    });
    expect(await attempt(OLD)).toEqual({
      ok: false,
      fieldErrors: { currentPassword: expect.stringMatching(/^Too many attempts with a wrong password\. Try again in \d+ seconds\.$/) },
    });
  });

  it.each([
    [{ currentPassword: "", newPassword: NEW, confirmPassword: NEW }, { currentPassword: "Enter your current password." }],
    [{ currentPassword: OLD, newPassword: "short", confirmPassword: "short" }, { newPassword: "Use at least 8 characters." }],
    [
      { currentPassword: OLD, newPassword: "password123", confirmPassword: "password123" },
      { newPassword: "This password is too common and easy to guess. Choose a less predictable one." },
    ],
    [
      { currentPassword: OLD, newPassword: NEW, confirmPassword: `${NEW}x` },
      { confirmPassword: "The two new passwords differ. Type the same new password twice." },
    ],
    [{ currentPassword: OLD, newPassword: OLD, confirmPassword: OLD }, { newPassword: "This is your current password. Choose a new one." }],
  ])("refuses %j and says what to change", async (input, fieldErrors) => {
    const { userId, current, others } = await newUser();
    expect(await changePassword({ userId, sessionId: current, address: address(), input })).toEqual({ ok: false, fieldErrors });
    for (const sessionId of others) expect(await findSessionUser({ sessionId })).toMatchObject({ id: userId });
  });

  it("refuses the email address as the new password", async () => {
    const { userId, email, current } = await newUser();
    const result = await changePassword({
      userId,
      sessionId: current,
      address: address(),
      input: { currentPassword: OLD, newPassword: email, confirmPassword: email },
    });
    expect(result).toEqual({ ok: false, fieldErrors: { newPassword: "Do not use your email address as your password." } });
  });
});
