import type { JsonValue } from "@/lib/json-value";

/** An HTTP body for the record: JSON text parsed, other text kept as it is, nothing as null. */
export function parseBody(body: string | null | undefined): JsonValue {
  if (body === null || body === undefined || body === "") return null;
  try {
    return JSON.parse(body) as JsonValue;
  } catch {
    return body;
  }
}
