import { expect, test } from "vitest";
import { addressBlock, throttleKeys } from "@/lib/auth/throttle/throttle-keys";

test.each([
  ["203.0.113.7", "203.0.113.7"],
  ["2001:db8:85a3:1:2:3:4:5", "2001:db8:85a3:1::/64"],
  ["2001:0db8:0000:0001::1", "2001:db8:0:1::/64"],
  ["2001:db8::1", "2001:db8:0:0::/64"],
  ["::1", "0:0:0:0::/64"],
  ["unknown", "unknown"],
])("%s counts as %s", (address, block) => {
  expect(addressBlock(address)).toBe(block);
});

test("every address of one IPv6 /64 shares its limit; another /64 and other scopes do not", () => {
  const keys = (scope: string, value: string) => throttleKeys({ purpose: "sign-in", scope, value });
  expect(keys("address", "2001:db8:1:2::a")).toEqual(keys("address", "2001:db8:1:2:ffff:ffff:ffff:ffff"));
  expect(keys("address", "2001:db8:1:2::a")).not.toEqual(keys("address", "2001:db8:1:3::a"));
  expect(keys("account", "2001:db8:1:2::a")).not.toEqual(keys("account", "2001:db8:1:2::b"));
});
