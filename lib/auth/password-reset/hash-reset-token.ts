import { createHash } from "node:crypto";

/** What is stored for a reset token: its SHA-256, so a database leak hands out no working links. */
export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
