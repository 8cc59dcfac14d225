import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DemoCustomerioView } from "@/components/demo/demo-customerio-view";
import { PageHeader } from "@/components/ui/page-header";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("shell.nav.demoCustomerio") };
}
export const dynamic = "force-dynamic";

export default async function DemoCustomerioPage() {
  if (!env().CONDUIT_DEMO) notFound();
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("shell.nav.demoCustomerio")} description={t("demo.customerio.description")} />
      <DemoCustomerioView />
    </>
  );
}
