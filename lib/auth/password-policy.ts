import { isCommonPassword } from "@/lib/auth/common-passwords";
import type { Translate } from "@/lib/i18n/translator";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Checks a new password against the policy (NIST SP 800-63B style: length and a blocklist, no
 * composition rules). Returns a message (in `t`'s language) that says what to change, or null when it
 * is acceptable.
 */
export function passwordProblem({ password, email, t }: { password: string; email?: string; t: Translate }): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return t("auth.password.tooShort", { min: PASSWORD_MIN_LENGTH });
  if (length > PASSWORD_MAX_LENGTH) return t("auth.password.tooLong", { max: PASSWORD_MAX_LENGTH });
  if (isCommonPassword(password)) return t("auth.password.tooCommon");
  const lowered = password.toLowerCase();
  const localPart = email?.split("@")[0]?.toLowerCase();
  if (email && (lowered === email.toLowerCase() || (localPart && localPart.length >= 4 && lowered === localPart))) {
    return t("auth.password.isEmail");
  }
  if (new Set(password).size === 1) return t("auth.password.repeated");
  return null;
}
