import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";

describe("safeCallbackPath", () => {
  it.each([
    [undefined, "/zaps"],
    ["", "/zaps"],
    ["/runs?status=FAILED", "/runs?status=FAILED"],
    ["http://localhost:3000/connections", "/connections"],
    ["https://evil.example/runs", "/runs"], // only the path is kept: never another site
    ["//evil.example/path", "/zaps"],
    ["/\\evil.example", "/zaps"],
    ["/\t/evil.example", "/zaps"],
    ["/\n/evil.example", "/zaps"],
    ["/runs\\..\\x", "/zaps"],
    ["javascript:alert(1)", "/zaps"],
    ["/sign-in", "/zaps"],
    ["/api/auth/signout", "/zaps"],
    ["/runs/../sign-in", "/zaps"],
    ["/forgot-password", "/zaps"],
    ["/\uFFFD%A", "/%EF%BF%BD%A"], // a broken escape, as decoded: now ASCII, so the redirect works
    ["/r\u00e9sum\u00e9?q=\u00e9", "/r%C3%A9sum%C3%A9?q=%C3%A9"],
  ])("%j → %j", (candidate, expected) => {
    expect(safeCallbackPath(candidate)).toBe(expected);
  });
});
