import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ZapBuilder } from "@/components/builder/zap-builder";
import { requireUser } from "@/lib/auth/current-user";
import { builderPageProps } from "@/lib/zaps/builder-page-props";
import { zapIdSchema } from "@/lib/zaps/schema";

export const metadata: Metadata = { title: "Edit zap" };

export default async function ZapBuilderPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const props = zapIdSchema.safeParse(id).success ? await builderPageProps({ userId: user.id, zapId: id }) : null;
  if (!props) notFound();
  return (
    <ZapBuilder
      // A new mount when another zap opens, so no state carries over.
      key={props.zap.id}
      {...props}
    />
  );
}
