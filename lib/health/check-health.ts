import type { Redis } from "ioredis";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { redis } from "@/lib/redis";

export type ServiceStatus = "up" | "down";
export interface Health {
  status: "ok" | "degraded";
  database: ServiceStatus;
  redis: ServiceStatus;
}

const TIMEOUT_MS = 2_000;

async function probe(check: () => Promise<unknown>): Promise<ServiceStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return "up";
  } catch {
    return "down";
  } finally {
    clearTimeout(timer);
  }
}

/** Whether PostgreSQL and Redis answer, each within two seconds. */
export async function checkHealth({
  database: databaseClient = db,
  redis: redisClient = redis(),
}: { database?: PrismaClient; redis?: Redis } = {}): Promise<Health> {
  const [database, redisStatus] = await Promise.all([probe(() => databaseClient.$queryRaw`SELECT 1`), probe(() => redisClient.ping())]);
  return { status: database === "up" && redisStatus === "up" ? "ok" : "degraded", database, redis: redisStatus };
}
