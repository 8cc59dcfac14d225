import { afterEach, describe, expect, it } from "vitest";
import { reloadWithEnv } from "@/test/reload-with-env";

const saved = process.env.TRUST_PROXY;
afterEach(() => {
  if (saved === undefined) delete process.env.TRUST_PROXY;
  else process.env.TRUST_PROXY = saved;
});

async function load(trustProxy: string) {
  reloadWithEnv({ TRUST_PROXY: trustProxy });
  return import("@/lib/auth/client-address");
}

describe("clientAddress", () => {
  it("is the socket address the web server hands on, ignoring X-Forwarded-For, without TRUST_PROXY", async () => {
    const { clientAddress, CLIENT_ADDRESS_HEADER } = await load("");
    expect(clientAddress({ [CLIENT_ADDRESS_HEADER]: "198.51.100.2", "x-forwarded-for": "203.0.113.7" })).toBe("198.51.100.2");
    expect(clientAddress(new Headers({ "X-Conduit-Client-IP": "::1", "X-Forwarded-For": "203.0.113.7" }))).toBe("::1");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7" })).toBe("unknown");
  });

  it("reads X-Forwarded-For behind TRUST_PROXY", async () => {
    const { clientAddress, CLIENT_ADDRESS_HEADER } = await load("1");
    expect(clientAddress({ [CLIENT_ADDRESS_HEADER]: "10.0.0.5", "x-forwarded-for": ["6.6.6.6", "203.0.113.7 "] })).toBe("203.0.113.7");
    const listed = await load("10.0.0.0/8, 192.168.1.5");
    expect(listed.clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "192.168.1.5", "X-Forwarded-For": "203.0.113.7, 10.0.0.9" }))).toBe("203.0.113.7");
  });
});
