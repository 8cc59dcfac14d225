import type { Metadata } from "next";
import { AppIntro } from "@/components/connections/app-intro";
import { ConnectPanel } from "@/components/connections/connect-panel";
import { ConnectionList } from "@/components/connections/connection-list";
import { DemoConnectButtons } from "@/components/demo/demo-connect-buttons";
import { NoticeArea, NoticeProvider } from "@/components/connections/notice-provider";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { describeConnectForms } from "@/lib/catalog/describe-connect-forms";
import { listConnections } from "@/lib/connections/list-connections";
import { stripeWebhookGuide } from "@/lib/connections/stripe-webhook-guide";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Connections" };

export default async function ConnectionsPage({ searchParams }: { searchParams: Promise<{ connect?: string | string[] }> }) {
  const user = await requireUser();
  const [connections, { connect }] = await Promise.all([listConnections({ userId: user.id }), searchParams]);
  const forms = describeConnectForms();
  const initial = forms.find((form) => form.app === connect)?.app;
  const guide = stripeWebhookGuide({});
  return (
    <NoticeProvider>
      <PageHeader
        title="Connections"
        description="The Stripe accounts and Customer.io workspaces your zaps use. Keys are stored encrypted and never shown again."
        actions={<ConnectPanel forms={forms} initial={initial} guide={guide} connectedApps={connections.map((connection) => connection.app)} />}
      />
      <NoticeArea />
      {env().CONDUIT_DEMO ? <DemoConnectButtons /> : null}
      {connections.length === 0 ? <AppIntro /> : <ConnectionList connections={connections} guide={guide} />}
    </NoticeProvider>
  );
}
