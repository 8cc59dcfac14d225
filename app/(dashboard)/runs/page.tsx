import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MarkRunsSeen } from "@/components/notifications/mark-runs-seen";
import { RunHistory } from "@/components/runs/run-history";
import { UnavailableConnectionsNotice } from "@/components/runs/unavailable-connections-notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { listZaps } from "@/lib/zaps/list-zaps";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("runs.page.title") };
}

export default async function RunsPage() {
  const user = await requireUser();
  const [zaps, t] = await Promise.all([listZaps({ userId: user.id }), getTranslations()]);
  return (
    <>
      <PageHeader title={t("runs.page.title")} description={t("runs.page.description")} />
      <MarkRunsSeen />
      <UnavailableConnectionsNotice userId={user.id} />
      <RunHistory zaps={zaps.map((zap) => ({ id: zap.id, name: zap.name }))} />
    </>
  );
}
