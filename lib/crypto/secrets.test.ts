import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, DecryptionError } from "@/lib/crypto/decrypt-secret";
import { encryptSecret } from "@/lib/crypto/encrypt-secret";

const oldKey = { id: "old", key: randomBytes(32) };
const newKey = { id: "new", key: randomBytes(32) };
const SECRET = "sk_test_51ExampleSecretKeyValue";

describe("secret encryption", () => {
  it("round-trips with the first key and records that key's id", () => {
    const secret = encryptSecret({ plaintext: SECRET, context: "connection:1", keys: [newKey, oldKey] });
    expect(secret.keyId).toBe("new");
    expect(secret.ciphertext).not.toContain(SECRET);
    expect(Buffer.from(secret.ciphertext, "base64").toString("utf8")).not.toContain("sk_test");
    expect(decryptSecret({ secret, context: "connection:1", keys: [newKey, oldKey] })).toBe(SECRET);
  });

  it("uses a fresh IV every time", () => {
    const a = encryptSecret({ plaintext: SECRET, context: "c", keys: [newKey] });
    const b = encryptSecret({ plaintext: SECRET, context: "c", keys: [newKey] });
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it("still decrypts with an older key listed after the current one", () => {
    const secret = encryptSecret({ plaintext: SECRET, context: "c", keys: [oldKey] });
    expect(decryptSecret({ secret, context: "c", keys: [newKey, oldKey] })).toBe(SECRET);
  });

  it("fails when the key is no longer configured, and says which", () => {
    const secret = encryptSecret({ plaintext: SECRET, context: "c", keys: [oldKey] });
    expect(() => decryptSecret({ secret, context: "c", keys: [newKey] })).toThrow('The encryption key "old" is not in ENCRYPTION_KEYS');
  });

  it("fails with a wrong key under the same id", () => {
    const secret = encryptSecret({ plaintext: SECRET, context: "c", keys: [newKey] });
    expect(() => decryptSecret({ secret, context: "c", keys: [{ id: "new", key: randomBytes(32) }] })).toThrow(DecryptionError);
  });

  it.each([0, 5, 12, 20, 30])("fails when byte %i of the stored value is tampered with", (index) => {
    const secret = encryptSecret({ plaintext: SECRET, context: "c", keys: [newKey] });
    const raw = Buffer.from(secret.ciphertext, "base64");
    raw[index] = (raw[index] ?? 0) ^ 0x01;
    expect(() => decryptSecret({ secret: { ...secret, ciphertext: raw.toString("base64") }, context: "c", keys: [newKey] })).toThrow(
      "The stored secret failed authentication",
    );
  });

  it("fails when a ciphertext is moved to another record", () => {
    const secret = encryptSecret({ plaintext: SECRET, context: "connection:1", keys: [newKey] });
    expect(() => decryptSecret({ secret, context: "connection:2", keys: [newKey] })).toThrow(DecryptionError);
  });

  it("fails on a truncated value", () => {
    expect(() => decryptSecret({ secret: { keyId: "new", ciphertext: "AAAA" }, context: "c", keys: [newKey] })).toThrow("The stored secret is truncated.");
  });
});
