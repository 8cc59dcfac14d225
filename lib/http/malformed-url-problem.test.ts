import { describe, expect, it } from "vitest";
import { malformedUrlProblem } from "@/lib/http/malformed-url-problem";

const QUERY = "This address is malformed: its query string has an invalid %-escape. Check the link and try again.";
const PATH = "This address is malformed: its path has an invalid %-escape. Check the link and try again.";

describe("malformedUrlProblem", () => {
  it.each([
    ["/sign-in?callbackUrl=%E0%A4%A", QUERY],
    ["/api/auth/signin?callbackUrl=%E0%A4%A", QUERY],
    ["/api/auth/session?a=1&callbackUrl=%", QUERY],
    ["/api/auth/session%E0%A4%A", PATH],
    ["/sign-in?callbackUrl=%2Fr%C3%A9sum%C3%A9%3Fq%3D%2525", null],
    ["/zaps?q=a+b&x=", null],
    ["/", null],
  ])("%s", (url, expected) => {
    expect(malformedUrlProblem({ url })).toBe(expected);
  });
});
