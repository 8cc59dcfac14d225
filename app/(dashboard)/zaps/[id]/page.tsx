import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ZapBuilder } from "@/components/builder/zap-builder";
import { UnavailableConnectionsNotice } from "@/components/runs/unavailable-connections-notice";
import { requireUser } from "@/lib/auth/current-user";
import { requestLocale } from "@/lib/i18n/request-locale";
import { builderPageProps } from "@/lib/zaps/builder-page-props";
import { definitionConnectionIds } from "@/lib/zaps/definition-connection-ids";
import { zapIdSchema } from "@/lib/zaps/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("builder.page.editTitle") };
}

export default async function ZapBuilderPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const props = zapIdSchema.safeParse(id).success ? await builderPageProps({ userId: user.id, zapId: id, locale: await requestLocale() }) : null;
  if (!props) notFound();
  return (
    <>
      <UnavailableConnectionsNotice userId={user.id} connectionIds={definitionConnectionIds(props.zap.draft)} />
      <ZapBuilder
        // A new mount when another zap opens, so no state carries over.
        key={props.zap.id}
        {...props}
      />
    </>
  );
}
