import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const valid = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/conduit",
  AUTH_SECRET: "s".repeat(32),
  ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString("base64")}`,
};

function problems(trustProxy: string): string[] {
  try {
    parseEnv({ ...valid, TRUST_PROXY: trustProxy });
    return [];
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
}

describe("TRUST_PROXY", () => {
  it("is unset by default: X-Forwarded-For is not trusted", () => {
    expect(parseEnv(valid).TRUST_PROXY).toBeUndefined();
  });

  it.each([
    ["1", { hops: 1 }],
    [" 2 ", { hops: 2 }],
    ["10.0.0.0/8, 192.168.1.5", { proxies: ["10.0.0.0/8", "192.168.1.5"] }],
    ["::1,fd00::/8", { proxies: ["::1", "fd00::/8"] }],
  ])("reads %j", (value, expected) => {
    expect(parseEnv({ ...valid, TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
  });

  it.each([["0"], ["11"], ["true"], ["10.0.0.0/33"], ["proxy.internal"], ["10.0.0.1/8/1"]])("names %j as malformed", (value) => {
    expect(problems(value)).toEqual([expect.stringMatching(/^TRUST_PROXY is malformed: expected a number of proxies/)]);
  });
});
