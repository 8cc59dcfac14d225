import { said, type UserMessage } from "@/lib/i18n/user-message";

/** A step whose attempt stopped (worker killed, run given up) between sending its request and the answer. */
export function interruptedSendMessage({ appName }: { appName: string }): UserMessage {
  return said("runErrors.run.interruptedSend", { app: appName });
}
