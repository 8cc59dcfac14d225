import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ZapBuilder } from "@/components/builder/zap-builder";
import { NewZapProblem } from "@/components/builder/new-zap-problem";
import { requireUser } from "@/lib/auth/current-user";
import { localizedApps } from "@/lib/catalog/localized-apps";
import { listConnections } from "@/lib/connections/list-connections";
import { stripeWebhookGuide } from "@/lib/catalog/stripe/connection/stripe-webhook-guide";
import { builderCatalog } from "@/lib/zaps/builder-catalog";
import { builderConnections } from "@/lib/zaps/builder-connections";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";
import { starterProblemText } from "@/lib/zaps/starter-problem";
import { starterDefinition } from "@/lib/zaps/starter-definition";
import { localizedTemplates } from "@/lib/zaps/templates/localized-templates";
import { validateZapDefinition } from "@/lib/zaps/validate-zap-definition";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("builder.page.newTitle") };
}

/**
 * The builder on a zap that does not exist yet, started from the link's template, trigger or step.
 * Opening this page (or following, or prefetching, a link to it) creates nothing: the builder stores
 * the zap at the user's first change, then moves to /zaps/<id>.
 */
export default async function NewZapPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
  const query = { template: one(params.template), trigger: one(params.trigger), step: one(params.step) };
  const locale = await requestLocale();
  const [connections, apps, templates, t] = await Promise.all([
    listConnections({ userId: user.id, locale }),
    localizedApps({ locale }),
    localizedTemplates({ locale }),
    translator({ locale }),
  ]);
  // The only Stripe and the only Customer.io connection are picked for the user, as the builder does.
  const starter = starterDefinition({ ...query, connections }, { apps, templates });
  if ("error" in starter) return <NewZapProblem message={starterProblemText({ t, problem: starter.error })} />;
  return (
    <ZapBuilder
      // Keyed by the link, so following another /zaps/new link from this page starts a new zap.
      key={JSON.stringify(query)}
      zap={{
        id: null,
        name: starter.name,
        enabled: false,
        pausedReason: null,
        draft: starter.definition,
        draftReadable: true,
        published: null,
        hasUnpublishedChanges: true,
        sampleEvent: null,
        sampleShortened: false,
        stepTests: {},
      }}
      catalog={builderCatalog({ apps })}
      connections={builderConnections({ connections })}
      guide={stripeWebhookGuide({})}
      initialProblems={validateZapDefinition({ definition: starter.definition, connections, t, apps })}
    />
  );
}
