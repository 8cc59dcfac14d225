/**
 * A random (v4) UUID for a zap the builder is about to create. crypto.randomUUID needs a secure
 * context, and a self-hosted Conduit may be opened over plain http, so this builds one from
 * crypto.getRandomValues, which every browser offers.
 */
export function newZapId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
