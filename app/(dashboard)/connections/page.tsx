import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppIntro } from "@/components/connections/app-intro";
import { ConnectPanel } from "@/components/connections/connect-panel";
import { ConnectionList } from "@/components/connections/connection-list";
import { DemoConnectButtons } from "@/components/demo/demo-connect-buttons";
import { NoticeArea, NoticeProvider } from "@/components/connections/notice-provider";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { describeConnectForms } from "@/lib/catalog/describe-connect-forms";
import { localizedApps } from "@/lib/catalog/localized-apps";
import { listConnections } from "@/lib/connections/list-connections";
import { stripeWebhookGuide } from "@/lib/catalog/stripe/connection/stripe-webhook-guide";
import { env } from "@/lib/env";
import { requestLocale } from "@/lib/i18n/request-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("connections.page.title") };
}

export default async function ConnectionsPage({ searchParams }: { searchParams: Promise<{ connect?: string | string[] }> }) {
  const [user, locale] = await Promise.all([requireUser(), requestLocale()]);
  const [connections, { connect }, t, apps] = await Promise.all([
    listConnections({ userId: user.id, locale }),
    searchParams,
    getTranslations(),
    localizedApps({ locale }),
  ]);
  const forms = describeConnectForms({ apps });
  const initial = forms.find((form) => form.app === connect)?.app;
  const guide = stripeWebhookGuide({});
  return (
    <NoticeProvider>
      <PageHeader
        title={t("connections.page.title")}
        description={t("connections.page.description")}
        actions={<ConnectPanel forms={forms} initial={initial} guide={guide} connectedApps={connections.map((connection) => connection.app)} />}
      />
      <NoticeArea />
      {env().CONDUIT_DEMO ? <DemoConnectButtons /> : null}
      {connections.length === 0 ? <AppIntro /> : <ConnectionList connections={connections} guide={guide} />}
    </NoticeProvider>
  );
}
