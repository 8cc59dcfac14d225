import { said, type UserMessage } from "@/lib/i18n/user-message";

/** Why Conduit turned a zap off (and failed its waiting runs) when one of its connections was deleted. */
export function connectionDeletedReason({ appName }: { appName: string }): UserMessage {
  return said("zaps.paused.connectionDeleted", { app: appName });
}
