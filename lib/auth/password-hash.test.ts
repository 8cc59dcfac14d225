import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";

describe("password hashing", () => {
  it("uses Argon2id with t=2 and 19 MiB", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("salts every hash and verifies only the right password", async () => {
    const [first, second] = await Promise.all([hashPassword("same password"), hashPassword("same password")]);
    expect(first).not.toBe(second);
    await expect(verifyPassword({ hash: first, password: "same password" })).resolves.toBe(true);
    await expect(verifyPassword({ hash: first, password: "same passworD" })).resolves.toBe(false);
  });

  it("treats a corrupt stored hash as a mismatch, not a crash", async () => {
    await expect(verifyPassword({ hash: "not-a-hash", password: "anything" })).resolves.toBe(false);
  });
});
