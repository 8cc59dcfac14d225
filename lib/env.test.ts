import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const KEY = Buffer.alloc(32, 7).toString("base64");
const valid = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/conduit",
  AUTH_SECRET: "s".repeat(32),
  ENCRYPTION_KEYS: `k1:${KEY}`,
};

function problems(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseEnv", () => {
  it("fills defaults for optional variables", () => {
    const env = parseEnv(valid);
    expect(env.REDIS_URL).toBe("redis://127.0.0.1:6379");
    expect(env.REDIS_KEY_PREFIX).toBe("conduit");
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.WORKER_CONCURRENCY).toBe(50);
    expect(env.ENCRYPTION_KEYS).toEqual([{ id: "k1", key: Buffer.alloc(32, 7) }]);
  });

  it("names every missing required variable", () => {
    expect(problems({})).toEqual(["DATABASE_URL is missing", "AUTH_SECRET is missing", "ENCRYPTION_KEYS is missing"]);
  });

  it("treats an empty value as missing", () => {
    expect(problems({ ...valid, DATABASE_URL: "" })).toEqual(["DATABASE_URL is missing"]);
  });

  it.each([
    ["DATABASE_URL", "mysql://localhost/db", "DATABASE_URL is malformed: expected a URL starting with postgres:// or postgresql://"],
    ["REDIS_URL", "localhost:6379", "REDIS_URL is malformed: expected a URL starting with redis:// or rediss://"],
    ["AUTH_SECRET", "short", "AUTH_SECRET is malformed: must be at least 32 characters (e.g. `openssl rand -base64 32`)"],
    ["ENCRYPTION_KEYS", "k1:tooshort", "ENCRYPTION_KEYS is malformed: expected comma-separated <keyId>:<base64 of 32 random bytes> entries"],
    ["ENCRYPTION_KEYS", `k1:${KEY},k1:${KEY}`, "ENCRYPTION_KEYS is malformed: key ids must be unique"],
    ["WORKER_CONCURRENCY", "lots", "WORKER_CONCURRENCY is malformed: Invalid input: expected number, received NaN"],
    ["REDIS_KEY_PREFIX", "has space", "REDIS_KEY_PREFIX is malformed: letters, digits, _ . - only"],
  ])("explains a malformed %s", (name, value, message) => {
    expect(problems({ ...valid, [name]: value })).toEqual([message]);
  });

  it("keeps the first encryption key first: it is the one that encrypts", () => {
    const other = Buffer.alloc(32, 9).toString("base64");
    const env = parseEnv({ ...valid, ENCRYPTION_KEYS: `new:${other}, old:${KEY}` });
    expect(env.ENCRYPTION_KEYS.map((key) => key.id)).toEqual(["new", "old"]);
  });

  it("says where to look in its message", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL is missing[\s\S]*README\.md/);
  });
});
