import { db } from "@/lib/db";

const byId = { orderBy: { id: "asc" } } as const;

/**
 * Every row a user owns, directly or through a zap or connection (sessions, connections and deleted
 * ones, zaps with their draft/published/enabled/deletedAt/failuresSeenAt, versions, events, runs, run steps and
 * attempts), and the user's own row (runsSeenAt): two snapshots are equal only if nothing of the
 * user's changed, was added or was deleted.
 */
export async function snapshotTenant({ userId }: { userId: string }) {
  const [user, sessions, connections, deletedConnections, zaps, versions, events, runs, steps, attempts, imports] = await Promise.all([
    db.user.findUnique({ where: { id: userId } }),
    db.session.findMany({ where: { userId }, ...byId }),
    db.connection.findMany({ where: { userId }, ...byId }),
    db.deletedConnection.findMany({ where: { userId }, ...byId }),
    db.zap.findMany({ where: { userId }, ...byId }),
    db.zapVersion.findMany({ where: { zap: { userId } }, ...byId }),
    db.stripeEvent.findMany({ where: { connection: { userId } }, ...byId }),
    db.run.findMany({ where: { zap: { userId } }, ...byId }),
    db.runStep.findMany({ where: { run: { zap: { userId } } }, ...byId }),
    db.runAttempt.findMany({ where: { run: { zap: { userId } } }, ...byId }),
    db.stripeEventImport.findMany({ where: { zap: { userId } }, ...byId }),
  ]);
  return { user, sessions, connections, deletedConnections, zaps, versions, events, runs, steps, attempts, imports };
}
