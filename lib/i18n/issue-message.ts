// A zod check's message as a UserMessage: zod keeps its English (`message`), `params.problem` the
// message itself, so whoever shows the issue words it in the reader's language (issueMessage()).
import type { z } from "zod";
import { englishText, plainText, type UserMessage } from "@/lib/i18n/user-message";

/** The params of `.refine(check, issueParams(message))` or `ctx.addIssue({ code: "custom", ...issueParams(message) })`. */
export function issueParams(message: UserMessage): { message: string; params: { problem: UserMessage } } {
  return { message: englishText(message), params: { problem: message } };
}

/** What a zod issue says: the message issueParams() gave it, else its English as is. */
export function issueMessage(issue: z.core.$ZodIssue): UserMessage {
  const problem = "params" in issue ? (issue.params as { problem?: UserMessage } | undefined)?.problem : undefined;
  return problem ?? plainText(issue.message);
}
