import type { z } from "zod";
import type { ConnectionError, ConnectionErrorCodes } from "@/lib/connections/connection-error";

const PARAM = "connectionError";

/** A custom zod issue's params carrying its message by code (see fieldErrorCodesOf). */
export function connectionErrorParams(error: ConnectionError): Record<string, unknown> {
  return { [PARAM]: error };
}

/** Beside fieldErrorsOf: the code of each field's first message, when that issue carries one; undefined when none does. */
export function fieldErrorCodesOf(error: z.ZodError): ConnectionErrorCodes | undefined {
  const codes: Partial<Record<string, ConnectionError>> = {};
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (seen.has(field)) continue;
    seen.add(field);
    const coded = issue.code === "custom" ? (issue.params?.[PARAM] as ConnectionError | undefined) : undefined;
    if (coded) codes[field] = coded;
  }
  return Object.keys(codes).length === 0 ? undefined : { fieldErrors: codes };
}
