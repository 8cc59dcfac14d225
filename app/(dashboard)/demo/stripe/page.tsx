import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DemoStripePanel } from "@/components/demo/demo-stripe-panel";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { callDemoControl } from "@/lib/demo/call-demo-control";
import type { DemoShopCustomer } from "@/lib/demo/demo-control-types";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("shell.nav.demoStripe") };
}
export const dynamic = "force-dynamic";

export default async function DemoStripePage() {
  if (!env().CONDUIT_DEMO) notFound();
  const [shop, t] = await Promise.all([callDemoControl<{ customers: DemoShopCustomer[] }>({ path: "/shop" }), getTranslations()]);
  return (
    <>
      <PageHeader title={t("shell.nav.demoStripe")} description={t("demo.stripe.description")} />
      {shop.ok ? <DemoStripePanel customers={shop.body.customers} /> : <Alert>{shop.message}</Alert>}
    </>
  );
}
