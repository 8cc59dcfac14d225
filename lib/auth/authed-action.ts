import type { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/find-session-user";

/**
 * A server action's first two steps, the same for each: the session (signed out, requireUser
 * redirects to sign-in before the input is read), then the input, parsed with `schema`. Input that
 * does not parse gets `onInvalid`'s answer, worded by each action as its form expects (in the
 * request's language: it may be async) and of the type `run` answers with (an `{ ok, ... }`
 * result); otherwise `run` gets the user and the parsed input.
 * The action's parameter type is the schema's input unless the export declares a wider one its
 * callers send (the input is parsed either way).
 */
export function authedAction<Schema extends z.ZodType, Result extends { ok: boolean }, Input = z.input<Schema>>({
  schema,
  onInvalid,
  run,
}: {
  schema: Schema;
  onInvalid: (error: z.ZodError<z.output<Schema>>) => NoInfer<Result> | Promise<NoInfer<Result>>;
  run: (action: { user: SessionUser; input: z.output<Schema> }) => Promise<Result>;
}): (input: Input) => Promise<Result> {
  return async (input) => {
    const user = await requireUser();
    const parsed = schema.safeParse(input);
    return parsed.success ? run({ user, input: parsed.data }) : onInvalid(parsed.error);
  };
}
