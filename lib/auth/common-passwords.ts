// The ~49,000 most common passwords from public breach corpora, as shipped by zxcvbn-ts.
import { dictionary } from "@zxcvbn-ts/language-common";

let commonPasswords: Set<string> | undefined;

/** True when the password, ignoring case, is one of the most common passwords. */
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary["passwords-common"].map((entry) => String(entry).toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}
