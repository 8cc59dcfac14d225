import type { Metadata } from "next";
import { GettingStarted } from "@/components/zaps/getting-started";
import { ZapList } from "@/components/zaps/zap-list";
import { UnavailableConnectionsNotice } from "@/components/runs/unavailable-connections-notice";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { listConnections } from "@/lib/connections/list-connections";
import { listZaps } from "@/lib/zaps/list-zaps";

export const metadata: Metadata = { title: "Zaps" };

export default async function ZapsPage() {
  const user = await requireUser();
  const [zaps, connections] = await Promise.all([listZaps({ userId: user.id }), listConnections({ userId: user.id })]);
  const connected = (app: string) => connections.some((connection) => connection.app === app && connection.status === "ACTIVE");
  return (
    <>
      <PageHeader
        title="Zaps"
        description="Each zap runs Customer.io actions when a Stripe event arrives."
        actions={
          zaps.length > 0 ? (
            <>
              <ButtonLink href="/templates" variant="secondary">
                Browse templates
              </ButtonLink>
              <ButtonLink href="/zaps/new">Create zap</ButtonLink>
            </>
          ) : undefined
        }
      />
      <UnavailableConnectionsNotice userId={user.id} />
      {zaps.length === 0 ? <GettingStarted hasStripe={connected("stripe")} hasCustomerio={connected("customerio")} /> : <ZapList initialZaps={zaps} />}
    </>
  );
}
