import { isCommonPassword } from "@/lib/auth/common-passwords";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Checks a new password against the policy (NIST SP 800-63B style: length and a blocklist, no
 * composition rules). Returns a message that says what to change, or null when it is acceptable.
 */
export function passwordProblem({ password, email }: { password: string; email?: string }): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (isCommonPassword(password)) return "This password is too common and easy to guess. Choose a less predictable one.";
  const lowered = password.toLowerCase();
  const localPart = email?.split("@")[0]?.toLowerCase();
  if (email && (lowered === email.toLowerCase() || (localPart && localPart.length >= 4 && lowered === localPart))) {
    return "Do not use your email address as your password.";
  }
  if (new Set(password).size === 1) return "Do not repeat a single character. Choose a less predictable password.";
  return null;
}
