import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate-with-password";
import { createSession } from "@/lib/auth/create-session";
import { createUser } from "@/lib/auth/create-user";
import { db } from "@/lib/db";
import en from "@/messages/en.json";

const WRONG_CREDENTIALS = en.auth.signIn.wrongCredentials;

const PASSWORD = "orbit-canyon-lantern-42";

async function newUser(): Promise<string> {
  const email = `signin-${randomUUID()}@example.com`;
  const result = await createUser({ input: { email, password: PASSWORD } });
  if (!result.ok) throw new Error("could not create the test user");
  return email;
}

const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;

describe("authenticateWithPassword", () => {
  it("accepts the right password, whatever the email's case", async () => {
    const email = await newUser();
    const user = await authenticateWithPassword({ email: ` ${email.toUpperCase()}`, password: PASSWORD, address: address() });
    expect(user.email).toBe(email);
  });

  it("answers a wrong password and an unknown email alike", async () => {
    const email = await newUser();
    const from = address();
    await expect(authenticateWithPassword({ email, password: "wrong-password", address: from })).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(authenticateWithPassword({ email: `nobody-${randomUUID()}@example.com`, password: PASSWORD, address: from })).rejects.toThrow(
      WRONG_CREDENTIALS,
    );
  });

  it("backs off after five failures, says when to retry, and refuses even the right password meanwhile", async () => {
    const email = await newUser();
    const from = address();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await expect(authenticateWithPassword({ email, password: `wrong-${attempt}`, address: from })).rejects.toThrow(WRONG_CREDENTIALS);
    }
    await expect(authenticateWithPassword({ email, password: "wrong-6", address: from })).rejects.toThrow(
      "Too many sign-in attempts. Try again in 30 seconds.",
    );
    await expect(authenticateWithPassword({ email, password: PASSWORD, address: from })).rejects.toThrow(
      /^Too many sign-in attempts\. Try again in \d+ seconds\.$/,
    );
  });

  it("does not lock the owner out from another address while an attacker is throttled", async () => {
    const email = await newUser();
    const attacker = address();
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await authenticateWithPassword({ email, password: `guess-${attempt}`, address: attacker }).catch(() => undefined);
    }
    const user = await authenticateWithPassword({ email, password: PASSWORD, address: address() });
    expect(user.email).toBe(email);
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const email = await newUser();
    const from = address();
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await authenticateWithPassword({ email, password: `typo-${attempt}`, address: from }).catch(() => undefined);
    }
    await authenticateWithPassword({ email, password: PASSWORD, address: from });
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await expect(authenticateWithPassword({ email, password: `typo-again-${attempt}`, address: from })).rejects.toThrow(WRONG_CREDENTIALS);
    }
  });

  it("does not count successful sign-ins against the address (one office, many people)", async () => {
    const from = address();
    const emails = await Promise.all(Array.from({ length: 3 }, () => newUser()));
    for (let round = 0; round < 10; round += 1) {
      for (const email of emails) await authenticateWithPassword({ email, password: PASSWORD, address: from });
    }
    // 30 successes later, the address still has its 20 free failures.
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      await expect(
        authenticateWithPassword({ email: `nobody-${attempt}-${randomUUID()}@example.com`, password: "x-wrong-password", address: from }),
      ).rejects.toThrow(WRONG_CREDENTIALS);
    }
  });

  it("throttles one address that sprays passwords across many accounts", async () => {
    const from = address();
    const attempts = Array.from({ length: 21 }, (_, index) => `spray-${index}-${randomUUID()}@example.com`);
    const messages: string[] = [];
    for (const email of attempts) {
      messages.push(
        await authenticateWithPassword({ email, password: "Spring2026!", address: from }).then(
          () => "ok",
          (error: Error) => error.message,
        ),
      );
    }
    expect(messages.slice(0, 20).every((message) => message === WRONG_CREDENTIALS)).toBe(true);
    expect(messages[20]).toBe("Too many sign-in attempts. Try again in 1 minute.");
  });

  it("lets parallel guesses through only as far as the allowance: they cannot share one check", async () => {
    const email = await newUser();
    const from = address();
    const messages = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        authenticateWithPassword({ email, password: `parallel-${index}`, address: from }).then(
          () => "ok",
          (error: Error) => error.message,
        ),
      ),
    );
    // 5 free failures, the 6th starts a 30 s block, every later one is refused without a password check.
    expect(messages.filter((message) => message === WRONG_CREDENTIALS)).toHaveLength(5);
    expect(messages.filter((message) => message.startsWith("Too many sign-in attempts."))).toHaveLength(7);
  });

  it("lets the owner in from a known address while failures sprayed from many addresses block the account elsewhere", async () => {
    const email = await newUser();
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const home = address();
    await createSession({ userId: user.id, ipAddress: home });

    // 50 failures per account are free; the 51st, from yet another address, blocks the account.
    const messages: string[] = [];
    for (let attempt = 1; attempt <= 51; attempt += 1) {
      messages.push(
        await authenticateWithPassword({ email, password: `botnet-${attempt}`, address: address() }).then(
          () => "ok",
          (error: Error) => error.message,
        ),
      );
    }
    expect(messages.slice(0, 50).every((message) => message === WRONG_CREDENTIALS)).toBe(true);
    expect(messages[50]).toBe("Too many sign-in attempts. Try again in 1 minute.");
    await expect(authenticateWithPassword({ email, password: PASSWORD, address: address() })).rejects.toThrow(/^Too many sign-in attempts\./);

    const signedIn = await authenticateWithPassword({ email, password: PASSWORD, address: home });
    expect(signedIn.email).toBe(email);
  });
});
