import type { Metadata } from "next";
import { MarkRunsSeen } from "@/components/notifications/mark-runs-seen";
import { RunHistory } from "@/components/runs/run-history";
import { UnavailableConnectionsNotice } from "@/components/runs/unavailable-connections-notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { listZaps } from "@/lib/zaps/list-zaps";

export const metadata: Metadata = { title: "Runs" };

export default async function RunsPage() {
  const user = await requireUser();
  const zaps = await listZaps({ userId: user.id });
  return (
    <>
      <PageHeader title="Runs" description="Every time a Stripe event starts one of your zaps, the run and each of its steps are recorded here." />
      <MarkRunsSeen />
      <UnavailableConnectionsNotice userId={user.id} />
      <RunHistory zaps={zaps.map((zap) => ({ id: zap.id, name: zap.name }))} />
    </>
  );
}
