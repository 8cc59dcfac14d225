/** The last 4 characters of a secret, the only part of it Conduit ever shows again. */
export function lastFour(secret: string): string {
  return secret.slice(-4);
}
