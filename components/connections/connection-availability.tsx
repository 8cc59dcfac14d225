import { getTranslations } from "next-intl/server";
import { LocalTime } from "@/components/ui/local-time";
import { listUnavailableConnections } from "@/lib/runs/list-unavailable-connections";

/**
 * On a connection's card, while the connection is unavailable (its circuit breaker is open):
 * "Customer.io unreachable since 14:02, 37 runs waiting". Renders nothing otherwise.
 */
export async function ConnectionAvailability({ connection }: { connection: { id: string; app: string; label: string } }) {
  const [unavailable] = await listUnavailableConnections({ connections: [connection] });
  if (!unavailable) return null;
  const t = await getTranslations();
  return (
    <p role="status" className="mx-5 mb-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {t.rich("connections.card.unavailable", {
        app: unavailable.appName,
        count: unavailable.waitingRuns,
        since: () => <LocalTime iso={unavailable.since} />,
      })}
    </p>
  );
}
