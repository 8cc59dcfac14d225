import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/auth/create-user";
import en from "@/messages/en.json";

const EMAIL_TAKEN = en.auth.signUp.emailTaken;

const PASSWORD = "orbit-canyon-lantern-42";
const uniqueEmail = () => `user-${randomUUID()}@example.com`;

describe("createUser", () => {
  it("stores a normalised email and an Argon2id hash, never the password", async () => {
    const email = uniqueEmail();
    const result = await createUser({ input: { name: "Ada", email: `  ${email.toUpperCase()} `, password: PASSWORD } });
    expect(result).toEqual({ ok: true, user: { id: expect.any(String), email } });
    const stored = await db.user.findUniqueOrThrow({ where: { email } });
    expect(stored.name).toBe("Ada");
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(PASSWORD);
  });

  it("refuses a second account for the same email in any case, and changes nothing", async () => {
    const email = uniqueEmail();
    await createUser({ input: { email, password: PASSWORD } });
    const before = await db.user.count();
    const result = await createUser({ input: { email: email.toUpperCase(), password: "another-long-password-9" } });
    expect(result).toEqual({ ok: false, fieldErrors: { email: EMAIL_TAKEN } });
    expect(await db.user.count()).toBe(before);
  });

  it("creates exactly one account when the same email signs up twice at once", async () => {
    const email = uniqueEmail();
    const results = await Promise.all([1, 2, 3].map(() => createUser({ input: { email, password: PASSWORD } })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([
      { ok: false, fieldErrors: { email: EMAIL_TAKEN } },
      { ok: false, fieldErrors: { email: EMAIL_TAKEN } },
    ]);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it.each([
    [{ email: "not-an-email", password: PASSWORD }, { email: "Enter a valid email address, like name@example.com." }],
    [{ email: "", password: PASSWORD }, { email: "Enter your email address." }],
    [{ email: uniqueEmail(), password: "x1".repeat(65) }, { password: "Use at most 128 characters." }],
    [{ email: uniqueEmail(), password: "short" }, { password: "Use at least 8 characters." }],
    [
      { email: "bad", password: "letmein1" },
      {
        email: "Enter a valid email address, like name@example.com.",
        password: "This password is too common and easy to guess. Choose a less predictable one.",
      },
    ],
  ])("refuses %j with field errors and stores nothing", async (input, fieldErrors) => {
    const before = await db.user.count();
    expect(await createUser({ input })).toEqual({ ok: false, fieldErrors });
    expect(await db.user.count()).toBe(before);
  });
});
