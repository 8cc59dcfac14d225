import type { FormatterCall } from "@/lib/mapping/parse-template";

// Braces are escaped too, so a literal such as "}}" cannot end the token early.
const quote = (literal: string) => `"${literal.replace(/[\\"{}]/g, "\\$&")}"`;

/** The text between {{ and }} for a path and its formatters: `trigger.amount | amount:trigger.currency | default:"0"`. */
export function tokenSource({ path, formatters }: { path: string; formatters: readonly FormatterCall[] }): string {
  const calls = formatters.map((call) => {
    if (call.arg === undefined) return call.name;
    return `${call.name}:${"literal" in call.arg ? quote(call.arg.literal) : call.arg.path}`;
  });
  return [path, ...calls].join(" | ");
}
