import { PrismaPg } from "@prisma/adapter-pg";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { checkHealth } from "@/lib/health/check-health";
import { closedPort } from "@/test/closed-port";

const opened: Array<{ close(): Promise<unknown> }> = [];
afterAll(async () => {
  await Promise.allSettled(opened.map((client) => client.close()));
});

async function deadRedis(): Promise<Redis> {
  const client = new Redis({ port: await closedPort(), maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: true });
  client.on("error", () => undefined);
  opened.push({ close: async () => client.disconnect() });
  return client;
}

async function deadDatabase(): Promise<PrismaClient> {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://postgres@127.0.0.1:${await closedPort()}/none` }) });
  opened.push({ close: () => client.$disconnect() });
  return client;
}

describe("checkHealth", () => {
  it("reports both services up when they answer", async () => {
    await expect(checkHealth()).resolves.toEqual({ status: "ok", database: "up", redis: "up" });
  });

  it("reports Redis down when it does not answer", async () => {
    await expect(checkHealth({ redis: await deadRedis() })).resolves.toEqual({ status: "degraded", database: "up", redis: "down" });
  });

  it("reports PostgreSQL down when it does not answer", async () => {
    await expect(checkHealth({ database: await deadDatabase() })).resolves.toEqual({ status: "degraded", database: "down", redis: "up" });
  });
});
