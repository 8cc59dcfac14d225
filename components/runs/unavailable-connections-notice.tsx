import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import { db } from "@/lib/db";
import { listUnavailableConnections } from "@/lib/runs/list-unavailable-connections";

/**
 * Atop the Runs and Zaps pages and a zap's builder, for each of the user's connections that is
 * unavailable: "Customer.io (Marketing) unreachable since 14:02, 37 runs waiting." Renders nothing otherwise.
 */
export async function UnavailableConnectionsNotice({
  userId,
  connectionIds,
}: {
  userId: string;
  /** Only these (a zap's connections); all when absent. */ connectionIds?: string[];
}) {
  const connections = await db.connection.findMany({
    where: { userId, ...(connectionIds ? { id: { in: connectionIds } } : {}) },
    select: { id: true, app: true, label: true },
  });
  const unavailable = await listUnavailableConnections({ connections });
  if (unavailable.length === 0) return null;
  const t = await getTranslations();
  return (
    <div
      role="status"
      aria-label={t("runs.unavailable.label")}
      className="mb-6 space-y-1 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      {unavailable.map((connection) => (
        <p key={connection.connectionId}>
          {t.rich("runs.unavailable.notice", {
            app: connection.appName,
            label: connection.label,
            count: connection.waitingRuns,
            since: () => <LocalTime iso={connection.since} />,
            waiting: (chunks) => (
              <Link href="/runs?status=QUEUED" className="font-medium underline underline-offset-2">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ))}
    </div>
  );
}
