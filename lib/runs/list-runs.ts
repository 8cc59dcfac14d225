import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RUN_PAGE_SIZE, type RunFilters, type RunSummary } from "@/lib/runs/schema";

export type { RunSummary } from "@/lib/runs/schema";

/**
 * The user's runs, newest first (createdAt, then id), optionally filtered, starting after `before`
 * (the last run of the previous page). Only runs of the user's own zaps.
 */
export async function listRuns({
  userId,
  filters = {},
  before,
  limit = RUN_PAGE_SIZE,
}: {
  userId: string;
  filters?: RunFilters;
  before?: { createdAt: Date; id: string };
  limit?: number;
}): Promise<RunSummary[]> {
  const where: Prisma.RunWhereInput = {
    zap: { userId },
    ...(filters.zapId ? { zapId: filters.zapId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.mode ? { isTest: filters.mode === "test" } : {}),
    ...(filters.from || filters.to ? { createdAt: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lt: filters.to } : {}) } } : {}),
  };
  const runs = await db.run.findMany({
    where: before
      ? { AND: [where, { OR: [{ createdAt: { lt: before.createdAt } }, { createdAt: before.createdAt, id: { lt: before.id } }] }] }
      : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      zapId: true,
      status: true,
      isTest: true,
      attempts: true,
      replayOfId: true,
      createdAt: true,
      startedAt: true,
      finishedAt: true,
      zap: { select: { name: true } },
      event: { select: { type: true } },
    },
  });
  return runs.map((run) => ({
    id: run.id,
    zapId: run.zapId,
    zapName: run.zap.name,
    eventType: run.event.type,
    status: run.status,
    isTest: run.isTest,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    durationMs: run.startedAt && run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null,
    attempts: run.attempts,
    replayOfId: run.replayOfId,
  }));
}
