// Customer.io's own words from an error body. Its APIs use several shapes: Track v1 400s
// `{ meta: { errors: [...] } }`, App API `{ meta: { error } }`, v2 `{ errors: [{ reason, field, message }] }`.
// The SDK only knows the first two and says "Unknown error" otherwise.

const MAX_LENGTH = 500;

/** The error text in a parsed (or raw text) body, or undefined when it holds none. */
export function customerioErrorMessage(body: unknown): string | undefined {
  if (typeof body === "string") return clip(body.trim()) || undefined;
  if (typeof body !== "object" || body === null) return undefined;
  const { meta, errors, error, message } = body as Record<string, unknown>;
  if (typeof meta === "object" && meta !== null) {
    const fromMeta = customerioErrorMessage({ ...(meta as Record<string, unknown>), meta: undefined });
    if (fromMeta) return fromMeta;
  }
  if (Array.isArray(errors) && errors.length > 0) return clip(errors.map(describeEntry).join("; "));
  if (typeof error === "string" && error.trim() !== "") return clip(error.trim());
  if (typeof message === "string" && message.trim() !== "") return clip(message.trim());
  return undefined;
}

function describeEntry(entry: unknown): string {
  if (typeof entry === "string") return entry;
  if (typeof entry !== "object" || entry === null) return String(entry);
  const { field, reason, message } = entry as Record<string, unknown>;
  const parts = [field, reason, message].filter((part): part is string => typeof part === "string" && part !== "");
  return parts.length > 0 ? parts.join(": ") : JSON.stringify(entry);
}

function clip(text: string): string {
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
}
