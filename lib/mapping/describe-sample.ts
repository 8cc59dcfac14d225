import { said, type UserMessageValue } from "@/lib/i18n/user-message";

const MAX_LENGTH = 80;

/**
 * A sample value in a few characters for the picker and pills: "jenny@example.com", 2599, "3 fields".
 * Words ("not in the sample", "list of 3") are messages, for the viewer's language (userMessageValueText).
 */
export function describeSample({ value }: { value: unknown }): UserMessageValue {
  if (value === undefined) return said("mapping.sample.notInSample");
  if (Array.isArray(value)) return value.length === 0 ? said("mapping.sample.emptyList") : said("mapping.sample.list", { count: value.length });
  if (value !== null && typeof value === "object") {
    const count = Object.keys(value).length;
    return count === 0 ? said("mapping.sample.empty") : said("mapping.sample.fields", { count });
  }
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
