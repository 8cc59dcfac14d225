import { findApp } from "@/lib/catalog/find-app";
import { db } from "@/lib/db";
import { definitionConnectionIds } from "@/lib/zaps/definition-connection-ids";

export interface ConnectionZap {
  id: string;
  name: string;
  enabled: boolean;
}

/** Zaps that named a deleted connection of the same account, which this one can take over in one click. */
export interface MoveOffer {
  appName: string;
  zaps: number;
  /** Of those, the ones the deletion turned off (moving turns them back on). */
  turnedOff: number;
}

export interface ConnectionZaps {
  /** The zaps whose draft or published version use the connection. */
  usedBy: ConnectionZap[];
  moveOffer: MoveOffer | null;
}

/** For each of the user's connections: the zaps that use it, and the zaps it could take over. */
export async function listConnectionZaps({
  userId,
  connections,
}: {
  userId: string;
  connections: { id: string; app: string; config: unknown }[];
}): Promise<Map<string, ConnectionZaps>> {
  const [zaps, deleted] = await Promise.all([
    db.zap.findMany({
      where: { userId, deletedAt: null },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, enabled: true, draft: true, publishedVersion: { select: { definition: true } } },
    }),
    db.deletedConnection.findMany({ where: { userId }, select: { id: true, app: true, accountKey: true, turnedOffZapIds: true } }),
  ]);
  const named = zaps.map((zap) => ({
    zap: { id: zap.id, name: zap.name, enabled: zap.enabled },
    ids: new Set([...definitionConnectionIds(zap.draft), ...definitionConnectionIds(zap.publishedVersion?.definition)]),
  }));

  return new Map(
    connections.map((connection) => {
      const usedBy = named.filter(({ ids }) => ids.has(connection.id.toLowerCase())).map(({ zap }) => zap);
      const app = findApp({ appKey: connection.app });
      const accountKey = app?.connection.accountKey?.(connection.config);
      const matching = accountKey ? deleted.filter((tombstone) => tombstone.app === connection.app && tombstone.accountKey === accountKey) : [];
      const offered = named.filter(({ ids }) => matching.some((tombstone) => ids.has(tombstone.id.toLowerCase())));
      const turnedOff = offered.filter(({ zap }) => !zap.enabled && matching.some((tombstone) => tombstone.turnedOffZapIds.includes(zap.id))).length;
      const moveOffer = offered.length > 0 ? { appName: app?.name ?? connection.app, zaps: offered.length, turnedOff } : null;
      return [connection.id, { usedBy, moveOffer }];
    }),
  );
}
