import type { AppDefinition } from "@/lib/catalog/define";
import { apps } from "@/lib/catalog/registry";

/** The app with this persisted key, or undefined (an app Conduit no longer has). */
export function findApp({ appKey }: { appKey: string }): AppDefinition | undefined {
  return apps.find((app) => app.key === appKey);
}
