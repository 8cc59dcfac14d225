import { errorUserMessage, type UserMessage, type UserMessageValue } from "@/lib/i18n/user-message";
import { describeSample } from "@/lib/mapping/describe-sample";
import type { TemplatePart } from "@/lib/mapping/parse-template";
import { renderTemplate } from "@/lib/mapping/render-template";
import { resolvePath, type MappingContext } from "@/lib/mapping/resolve-path";

export interface TokenSample {
  /** The field's own sample value, in a few characters (or words for it). */
  raw: UserMessageValue;
  missing: boolean;
  /** After the token's formatters; undefined when there are none. */
  formatted?: UserMessageValue;
  /** Why the formatters cannot format it. */
  error?: UserMessage;
}

/** What one token reads from the sample, before and after its formatters. */
export function tokenSample({ token, context }: { token: Extract<TemplatePart, { type: "token" }>; context: MappingContext }): TokenSample {
  const value = resolvePath({ path: token.path, context });
  const sample: TokenSample = { raw: describeSample({ value }), missing: value === undefined };
  if (token.formatters.length === 0) return sample;
  try {
    return { ...sample, formatted: describeSample({ value: renderTemplate({ template: `{{${token.source}}}`, context }).value }) };
  } catch (error) {
    return { ...sample, error: errorUserMessage(error) };
  }
}
