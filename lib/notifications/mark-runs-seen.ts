import { db } from "@/lib/db";

/** The user has looked at the run history: the Runs badge counts from now on. */
export async function markRunsSeen({ userId, at = new Date() }: { userId: string; at?: Date }): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { runsSeenAt: at } });
}
