import { db } from "@/lib/db";
import type { ConnectionStatus } from "@/lib/generated/prisma/enums";

export interface ConnectionSummary {
  id: string;
  app: string;
  label: string;
  status: ConnectionStatus;
  statusMessage: string | null;
  createdAt: Date;
}

/** The user's connections (never their secrets), grouped by app then newest first. */
export async function listConnections({ userId }: { userId: string }): Promise<ConnectionSummary[]> {
  return db.connection.findMany({
    where: { userId },
    orderBy: [{ app: "asc" }, { createdAt: "desc" }],
    select: { id: true, app: true, label: true, status: true, statusMessage: true, createdAt: true },
  });
}
