import type { MessageKey } from "@/lib/catalog/define";
import { apps } from "@/lib/catalog/registry";

/** "Connect Stripe", in the first-run checklist: done once the user has a working connection of the app. */
export interface ConnectAppStep {
  app: string;
  title: MessageKey;
  description: MessageKey;
  done: boolean;
}

/** The checklist's connect steps, from the apps that declare one: apps with triggers first (a zap starts there), then the others. */
export function connectAppSteps({ connections }: { connections: readonly { app: string; status: string }[] }): ConnectAppStep[] {
  const ordered = [...apps.filter((app) => app.triggers.length > 0), ...apps.filter((app) => app.triggers.length === 0)];
  return ordered.flatMap((app) =>
    app.gettingStarted
      ? [{ app: app.key, ...app.gettingStarted, done: connections.some((connection) => connection.app === app.key && connection.status === "ACTIVE") }]
      : [],
  );
}
