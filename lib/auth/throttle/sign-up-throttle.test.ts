// Sign-up through createUser with the client's address, as the sign-up form calls it.
import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/create-user";
import { db } from "@/lib/db";

const PASSWORD = "orbit-canyon-lantern-42";
const newEmail = () => `signup-${randomUUID()}@example.com`;
const newAddress = () => `2001:db8:5:${randomBytes(2).toString("hex")}::${randomBytes(2).toString("hex")}`;
const signUp = (email: string, address: string) => createUser({ input: { email, password: PASSWORD }, address });
const emailError = async (email: string, address: string) => {
  const result = await signUp(email, address);
  return result.ok ? "created" : result.fieldErrors.email;
};

describe("sign-up of an email that has an account", () => {
  it("does not say outright that the account exists, and points its owner to sign-in and reset", async () => {
    const email = newEmail();
    expect(await emailError(email, newAddress())).toBe("created");
    const message = await emailError(email, newAddress());
    expect(message).not.toMatch(/exists|registered|taken|in use/i);
    expect(message).toBe("This email cannot be used for a new account. If you already have one, sign in or reset your password.");
  });
});

describe("sign-up limits", () => {
  it("stops one address probing many emails after 10 refusals, and then creates nothing from it", async () => {
    const address = newAddress();
    const taken = await Promise.all(
      Array.from({ length: 12 }, async () => {
        const email = newEmail();
        await signUp(email, newAddress());
        return email;
      }),
    );
    const answers: (string | undefined)[] = [];
    for (const email of taken) answers.push(await emailError(email, address));
    expect(answers.slice(0, 11).every((answer) => answer?.startsWith("This email cannot be used"))).toBe(true);
    expect(answers[11]).toMatch(/^Too many sign-up attempts\. Try again in /);
    const fresh = newEmail();
    expect(await emailError(fresh, address)).toMatch(/^Too many sign-up attempts/);
    expect(await db.user.count({ where: { email: fresh } })).toBe(0);
  });

  it("stops probing one email from many addresses after 3 refusals", async () => {
    const email = newEmail();
    await signUp(email, newAddress());
    const answers: (string | undefined)[] = [];
    for (let index = 0; index < 5; index += 1) answers.push(await emailError(email, newAddress()));
    expect(answers.slice(0, 4).every((answer) => answer?.startsWith("This email cannot be used"))).toBe(true);
    expect(answers[4]).toMatch(/^Too many sign-up attempts/);
  });

  it("does not count accounts created: many people can sign up from one office address", async () => {
    const address = newAddress();
    for (let index = 0; index < 12; index += 1) expect(await emailError(newEmail(), address)).toBe("created");
  }, 30_000);

  it("does not count input errors, which say nothing about accounts", async () => {
    const address = newAddress();
    for (let index = 0; index < 12; index += 1) {
      const result = await createUser({ input: { email: newEmail(), password: "short" }, address });
      expect(result).toEqual({ ok: false, fieldErrors: { password: "Use at least 8 characters." } });
    }
    expect(await emailError(newEmail(), address)).toBe("created");
  });
});
