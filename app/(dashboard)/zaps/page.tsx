import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GettingStarted } from "@/components/zaps/getting-started";
import { ZapList } from "@/components/zaps/zap-list";
import { UnavailableConnectionsNotice } from "@/components/runs/unavailable-connections-notice";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { listConnections } from "@/lib/connections/list-connections";
import { requestLocale } from "@/lib/i18n/request-locale";
import { connectAppSteps } from "@/lib/zaps/connect-app-steps";
import { listZaps } from "@/lib/zaps/list-zaps";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("zaps.page.title") };
}

export default async function ZapsPage() {
  const user = await requireUser();
  const locale = await requestLocale();
  const [zaps, connections, t] = await Promise.all([listZaps({ userId: user.id, locale }), listConnections({ userId: user.id, locale }), getTranslations()]);
  return (
    <>
      <PageHeader
        title={t("zaps.page.title")}
        description={t("zaps.page.description")}
        actions={
          zaps.length > 0 ? (
            <>
              <ButtonLink href="/templates" variant="secondary">
                {t("zaps.page.browseTemplates")}
              </ButtonLink>
              <ButtonLink href="/zaps/new">{t("zaps.page.create")}</ButtonLink>
            </>
          ) : undefined
        }
      />
      <UnavailableConnectionsNotice userId={user.id} />
      {zaps.length === 0 ? <GettingStarted connectSteps={connectAppSteps({ connections })} /> : <ZapList initialZaps={zaps} />}
    </>
  );
}
