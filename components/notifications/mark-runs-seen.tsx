"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { FAILED_RUNS_QUERY_KEY } from "@/components/notifications/failed-runs-badge";
import type { FailedRunsBadge } from "@/lib/notifications/schema";

/**
 * Placed on the run history: once the page is on screen, records that the user has seen its failed
 * runs and clears the badge. A POST from the browser, because rendering the page is not proof that
 * anyone looked (Next.js prefetches pages that links point to).
 */
export function MarkRunsSeen() {
  const queryClient = useQueryClient();
  useEffect(() => {
    void fetch("/api/notifications/failed-runs/seen", { method: "POST" })
      .then(async (response) => {
        if (!response.ok) return;
        // A count fetched before the POST landed must not bring the badge back.
        await queryClient.cancelQueries({ queryKey: FAILED_RUNS_QUERY_KEY });
        queryClient.setQueryData<FailedRunsBadge>(FAILED_RUNS_QUERY_KEY, { count: 0 });
      })
      // The badge stays as it was; the next visit tries again.
      .catch(() => undefined);
  }, [queryClient]);
  return null;
}
