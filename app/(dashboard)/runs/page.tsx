import type { Metadata } from "next";
import { RunList } from "@/components/runs/run-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { listRuns } from "@/lib/runs/list-runs";

export const metadata: Metadata = { title: "Runs" };

export default async function RunsPage() {
  const user = await requireUser();
  const runs = await listRuns({ userId: user.id });
  return (
    <>
      <PageHeader title="Runs" description="Every time a Stripe event starts one of your zaps, the run and each of its steps are recorded here." />
      {runs.length === 0 ? (
        <EmptyState title="No runs yet">
          Runs appear here as soon as a Stripe event matches one of your zaps that is turned on.
        </EmptyState>
      ) : (
        <RunList runs={runs} />
      )}
    </>
  );
}
