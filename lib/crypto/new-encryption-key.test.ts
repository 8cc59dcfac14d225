import { describe, expect, it } from "vitest";
import { newEncryptionKey } from "@/lib/crypto/new-encryption-key";
import { envSchema } from "@/lib/env";

describe("newEncryptionKey", () => {
  it.each([
    [[], "k1"],
    [["k1"], "k2"],
    [["k2", "k1"], "k3"],
    [["k9", "legacy"], "k10"],
    [["legacy", "test"], "k1"],
  ])("after %j is %s", (existingIds, id) => {
    expect(newEncryptionKey({ existingIds }).id).toBe(id);
  });

  it("is an entry ENCRYPTION_KEYS accepts before the existing keys, with fresh key material each time", () => {
    const first = newEncryptionKey({ existingIds: ["k1"] });
    const second = newEncryptionKey({ existingIds: ["k1"] });
    expect(first.entry).not.toBe(second.entry);
    const existing = `k1:${Buffer.alloc(32, 7).toString("base64")}`;
    const parsed = envSchema.shape.ENCRYPTION_KEYS.parse(`${first.entry},${existing}`);
    expect(parsed.map((key) => key.id)).toEqual(["k2", "k1"]);
    expect(parsed[0]?.key).toHaveLength(32);
  });
});
