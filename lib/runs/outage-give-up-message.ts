import { said, type UserMessage } from "@/lib/i18n/user-message";

/** "Customer.io was unreachable for 23 h; gave up. …" for a run that waited out its retry schedule. */
export function outageGiveUpMessage({ appName, openedAt, now = Date.now() }: { appName: string; openedAt: number; now?: number }): UserMessage {
  const seconds = Math.max(1, Math.round((now - openedAt) / 1_000));
  const [amount, unit] = seconds < 60 ? [seconds, "s"] : seconds < 7_200 ? [Math.round(seconds / 60), "min"] : [Math.round(seconds / 3_600), "h"];
  return said("runErrors.run.outageGaveUp", { app: appName, amount, unit });
}
