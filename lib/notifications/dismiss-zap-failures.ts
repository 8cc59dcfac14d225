import { db } from "@/lib/db";

/** Hides the zap's failure banner until another run fails. False when the zap is not the user's. */
export async function dismissZapFailures({ userId, zapId, at = new Date() }: { userId: string; zapId: string; at?: Date }): Promise<boolean> {
  const { count } = await db.zap.updateMany({ where: { id: zapId, userId }, data: { failuresSeenAt: at } });
  return count > 0;
}
