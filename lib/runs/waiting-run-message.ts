import { said, type UserMessage } from "@/lib/i18n/user-message";

/** What a run waiting for an unavailable connection says while it waits. */
export function waitingRunMessage({ step, appName, lastError }: { step: number; appName: string; lastError?: UserMessage }): UserMessage {
  return lastError ? said("runErrors.run.waitingAfter", { step, app: appName, reason: lastError }) : said("runErrors.run.waiting", { step, app: appName });
}
