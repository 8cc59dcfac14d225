import type { Metadata } from "next";
import { ConnectionList } from "@/components/connections/connection-list";
import { AppIntro } from "@/components/connections/app-intro";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { listConnections } from "@/lib/connections/list-connections";

export const metadata: Metadata = { title: "Connections" };

export default async function ConnectionsPage() {
  const user = await requireUser();
  const connections = await listConnections({ userId: user.id });
  return (
    <>
      <PageHeader title="Connections" description="The Stripe accounts and Customer.io workspaces your zaps use. Credentials are stored encrypted." />
      {connections.length === 0 ? <AppIntro /> : <ConnectionList connections={connections} />}
    </>
  );
}
