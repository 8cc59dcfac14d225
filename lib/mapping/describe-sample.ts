const MAX_LENGTH = 80;

/** A sample value in a few characters for the picker and pills: "jenny@example.com", 2599, { 3 fields }. */
export function describeSample({ value }: { value: unknown }): string {
  if (value === undefined) return "not in the sample";
  if (Array.isArray(value)) return value.length === 0 ? "empty list" : `list of ${value.length}`;
  if (value !== null && typeof value === "object") {
    const count = Object.keys(value).length;
    return count === 0 ? "empty" : `${count} field${count === 1 ? "" : "s"}`;
  }
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
