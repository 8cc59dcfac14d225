import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DemoCustomerioView } from "@/components/demo/demo-customerio-view";
import { PageHeader } from "@/components/ui/page-header";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Demo Customer.io" };
export const dynamic = "force-dynamic";

export default async function DemoCustomerioPage() {
  if (!env().CONDUIT_DEMO) notFound();
  return (
    <>
      <PageHeader
        title="Demo Customer.io"
        description="What Conduit sent to the demo Customer.io workspace, a local stand-in: people with their attributes, events and transactional emails, newest first."
      />
      <DemoCustomerioView />
    </>
  );
}
