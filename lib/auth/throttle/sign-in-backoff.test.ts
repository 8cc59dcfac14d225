import { describe, expect, it } from "vitest";
import { describeWait, SIGN_IN_POLICY, signInBackoffSeconds } from "@/lib/auth/throttle/sign-in-backoff";
import { translator } from "@/lib/i18n/translator";

const t = await translator();

const policy = SIGN_IN_POLICY["account-address"];

describe("signInBackoffSeconds", () => {
  it.each([
    [1, 0],
    [5, 0],
    [6, 30],
    [7, 60],
    [8, 120],
    [10, 480],
    [11, 900],
    [500, 900],
  ])("after %i failures blocks for %i s", (failures, seconds) => {
    expect(signInBackoffSeconds({ failures, policy })).toBe(seconds);
  });

  it("never blocks longer than the cap, so an account cannot be locked for good", () => {
    for (const scope of Object.values(SIGN_IN_POLICY)) {
      expect(signInBackoffSeconds({ failures: 1_000_000, policy: scope })).toBe(scope.maxBlockSeconds);
    }
  });
});

describe("describeWait", () => {
  it.each([
    [0.2, "1 second"],
    [1, "1 second"],
    [29.1, "30 seconds"],
    [60, "1 minute"],
    [61, "2 minutes"],
    [900, "15 minutes"],
  ])("%s s reads %j", (seconds, text) => {
    expect(describeWait({ seconds, t })).toBe(text);
  });
});
