import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ZapBuilder } from "@/components/builder/zap-builder";
import { requireUser } from "@/lib/auth/current-user";
import { listConnections } from "@/lib/connections/list-connections";
import { stripeWebhookGuide } from "@/lib/connections/stripe-webhook-guide";
import { builderCatalog } from "@/lib/zaps/builder-catalog";
import { builderConnections } from "@/lib/zaps/builder-connections";
import { getZapForBuilder } from "@/lib/zaps/get-zap-for-builder";
import { validateZapDefinition } from "@/lib/zaps/validate-zap-definition";

export const metadata: Metadata = { title: "Edit zap" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ZapBuilderPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const zap = UUID.test(id) ? await getZapForBuilder({ userId: user.id, zapId: id }) : null;
  if (!zap) notFound();
  const connections = await listConnections({ userId: user.id });
  return (
    <ZapBuilder
      // A new mount when another zap opens, so no state carries over.
      key={zap.id}
      zap={zap}
      catalog={builderCatalog()}
      connections={builderConnections({ connections })}
      guide={stripeWebhookGuide({})}
      initialProblems={validateZapDefinition({ definition: zap.draft, connections })}
    />
  );
}
