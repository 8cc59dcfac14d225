import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";

describe("clientAddress", () => {
  it.each([
    [{}, "unknown"],
    [{ "x-forwarded-for": "203.0.113.7" }, "203.0.113.7"],
    [{ "x-forwarded-for": "198.51.100.1, 203.0.113.7" }, "203.0.113.7"],
    [{ "x-forwarded-for": ["198.51.100.1", "203.0.113.7 "] }, "203.0.113.7"],
    [{ "x-forwarded-for": " , " }, "unknown"],
  ])("%j → %s", (headers, expected) => {
    expect(clientAddress(headers)).toBe(expected);
  });

  it("reads Fetch API headers too", () => {
    expect(clientAddress(new Headers({ "X-Forwarded-For": "::1" }))).toBe("::1");
  });
});
