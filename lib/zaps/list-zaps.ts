import { db } from "@/lib/db";

export interface ZapSummary {
  id: string;
  name: string;
  enabled: boolean;
  pausedReason: string | null;
  updatedAt: Date;
}

/** The user's zaps, most recently changed first. */
export async function listZaps({ userId }: { userId: string }): Promise<ZapSummary[]> {
  return db.zap.findMany({
    where: { userId },
    orderBy: { updatedAt: "desc" },
    select: { id: true, name: true, enabled: true, pausedReason: true, updatedAt: true },
  });
}
