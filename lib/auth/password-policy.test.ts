import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-policy";
import { translator } from "@/lib/i18n/translator";

const t = await translator();

describe("passwordProblem", () => {
  it.each([
    ["short", "Use at least 8 characters."],
    ["seven77", "Use at least 8 characters."],
    ["x".repeat(129), "Use at most 128 characters."],
    ["password", "This password is too common and easy to guess. Choose a less predictable one."],
    ["PassWord1", "This password is too common and easy to guess. Choose a less predictable one."],
    ["12345678", "This password is too common and easy to guess. Choose a less predictable one."],
    ["qwertyuiop", "This password is too common and easy to guess. Choose a less predictable one."],
    ["zzzzzzzzzzzz", "Do not repeat a single character. Choose a less predictable password."],
  ])("rejects %j", (password, message) => {
    expect(passwordProblem({ password, t })).toBe(message);
  });

  it.each(["correct horse battery staple", "Tr0ub4dor&3-extended", "a9#kQ!m2", "é".repeat(3) + "ünïcødé🙂"])("accepts %j", (password) => {
    expect(passwordProblem({ password, t })).toBeNull();
  });

  it("counts characters, not UTF-16 units, at both limits", () => {
    expect(passwordProblem({ password: "🙂🙂🙂🙂🙂🙂🙂", t })).toBe("Use at least 8 characters.");
    expect(passwordProblem({ password: "🙂a".repeat(64), t })).toBeNull();
    expect(passwordProblem({ password: "🙂a".repeat(64) + "b", t })).toBe("Use at most 128 characters.");
  });

  it("rejects the email address or its name part as the password", () => {
    expect(passwordProblem({ password: "Ada.Lovelace@example.com", email: "ada.lovelace@example.com", t })).toBe(
      "Do not use your email address as your password.",
    );
    expect(passwordProblem({ password: "ada.lovelace", email: "ada.lovelace@example.com", t })).toBe("Do not use your email address as your password.");
  });
});
