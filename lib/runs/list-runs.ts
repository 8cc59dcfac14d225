import { db } from "@/lib/db";
import type { RunStatus } from "@/lib/generated/prisma/enums";

export interface RunSummary {
  id: string;
  zapName: string;
  eventType: string;
  status: RunStatus;
  isTest: boolean;
  createdAt: Date;
  durationMs: number | null;
}

/** The user's most recent runs across all zaps. */
export async function listRuns({ userId, limit = 50 }: { userId: string; limit?: number }): Promise<RunSummary[]> {
  const runs = await db.run.findMany({
    where: { zap: { userId } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      status: true,
      isTest: true,
      createdAt: true,
      startedAt: true,
      finishedAt: true,
      zap: { select: { name: true } },
      event: { select: { type: true } },
    },
  });
  return runs.map((run) => ({
    id: run.id,
    zapName: run.zap.name,
    eventType: run.event.type,
    status: run.status,
    isTest: run.isTest,
    createdAt: run.createdAt,
    durationMs: run.startedAt && run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null,
  }));
}
