/** The form in which emails are stored and compared: trimmed, Unicode-normalised, lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().normalize("NFKC").toLowerCase();
}
