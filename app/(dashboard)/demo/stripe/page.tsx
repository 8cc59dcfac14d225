import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DemoStripePanel } from "@/components/demo/demo-stripe-panel";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { callDemoControl } from "@/lib/demo/call-demo-control";
import type { DemoShopCustomer } from "@/lib/demo/demo-control-types";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Demo Stripe" };
export const dynamic = "force-dynamic";

export default async function DemoStripePage() {
  if (!env().CONDUIT_DEMO) notFound();
  const shop = await callDemoControl<{ customers: DemoShopCustomer[] }>({ path: "/shop" });
  return (
    <>
      <PageHeader
        title="Demo Stripe"
        description="The demo shop's Stripe account, a local stand-in: make a payment succeed or fail, cancel a subscription or open a dispute, and Stripe sends Conduit the event."
      />
      {shop.ok ? <DemoStripePanel customers={shop.body.customers} /> : <Alert>{shop.message}</Alert>}
    </>
  );
}
