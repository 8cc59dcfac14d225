import type { ConnectionDescription, ConnectionFact } from "@/lib/catalog/define";
import { findApp } from "@/lib/catalog/find-app";
import { apps } from "@/lib/catalog/registry";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { ConnectionStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { listConnectionZaps, type ConnectionZaps } from "@/lib/connections/list-connection-zaps";

export interface ConnectionSummary {
  id: string;
  app: string;
  /** "Stripe": the app's name, or its key for an app Conduit no longer has. */
  appName: string;
  label: string;
  status: ConnectionStatus;
  statusMessage: string | null;
  createdAt: Date;
  /** The app's own reading of the stored settings; null when they cannot be read (e.g. written by an older version). */
  details: ConnectionDescription["details"] | null;
  facts: ConnectionFact[];
  /** Which account it is, for pickers ("Rocket Rides (test mode)"); empty when unknown. */
  summary: string;
  attention: ConnectionDescription["attention"] | null;
  pickerNote: string | null;
  deleteConsequence: string | null;
  /** The zaps that use it, and those of a deleted connection of the same account it could take over. */
  zaps: ConnectionZaps;
}

/** The user's connections (never their secrets), described by their apps: apps in the registry's order, newest first. */
export async function listConnections({
  userId,
  appUrl = env().APP_URL,
  locale,
}: {
  userId: string;
  appUrl?: string;
  /** The language of what the apps write about each connection (English by default). */
  locale?: Locale;
}): Promise<ConnectionSummary[]> {
  const t = await translator({ locale });
  const rows = await db.connection.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, app: true, label: true, status: true, statusMessage: true, createdAt: true, config: true },
  });
  // The registry lists the triggers' app first, as the page explains them; the sort is stable.
  const position = (appKey: string) => {
    const index = apps.findIndex((app) => app.key === appKey);
    return index === -1 ? apps.length : index;
  };
  rows.sort((a, b) => position(a.app) - position(b.app));
  const zapsByConnection = await listConnectionZaps({ userId, connections: rows });
  return Promise.all(
    rows.map(async ({ config, ...row }) => {
      const app = findApp({ appKey: row.app });
      const description = (await app?.connection.describe({ userId, connectionId: row.id, config, appUrl, t })) ?? null;
      return {
        ...row,
        appName: app?.name ?? row.app,
        details: description?.details ?? null,
        facts: description?.facts ?? [],
        summary: description?.summary ?? "",
        attention: description?.attention ?? null,
        pickerNote: description?.pickerNote ?? null,
        deleteConsequence: description?.deleteConsequence ?? null,
        zaps: zapsByConnection.get(row.id) ?? { usedBy: [], moveOffer: null },
      };
    }),
  );
}
