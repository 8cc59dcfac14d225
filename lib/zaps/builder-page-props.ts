import { localizedApps } from "@/lib/catalog/localized-apps";
import { listConnections } from "@/lib/connections/list-connections";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { stripeWebhookGuide, type StripeWebhookGuide } from "@/lib/catalog/stripe/connection/stripe-webhook-guide";
import { builderCatalog, type BuilderCatalog } from "@/lib/zaps/builder-catalog";
import { builderConnections, type BuilderConnection } from "@/lib/zaps/builder-connections";
import { getZapForBuilder, type BuilderZap } from "@/lib/zaps/get-zap-for-builder";
import { validateZapDefinition, type DefinitionProblem } from "@/lib/zaps/validate-zap-definition";

export interface BuilderPageProps {
  zap: BuilderZap;
  catalog: BuilderCatalog;
  connections: BuilderConnection[];
  guide: StripeWebhookGuide;
  initialProblems: DefinitionProblem[];
}

/**
 * What /zaps/<id> hands the builder, or null when the zap is not the user's. This is the page's whole
 * payload besides markup, so it is sent once: the draft, the catalog (one sample per trigger) and the
 * zap's sample event, shortened when large (builder-page-size.test.ts keeps it bounded).
 */
export async function builderPageProps({
  userId,
  zapId,
  locale = DEFAULT_LOCALE,
}: {
  userId: string;
  zapId: string;
  /** The catalog's language. */
  locale?: Locale;
}): Promise<BuilderPageProps | null> {
  const zap = await getZapForBuilder({ userId, zapId, locale });
  if (!zap) return null;
  const [connections, apps, t] = await Promise.all([listConnections({ userId, locale }), localizedApps({ locale }), translator({ locale })]);
  return {
    zap,
    catalog: builderCatalog({ apps }),
    connections: builderConnections({ connections }),
    guide: stripeWebhookGuide({}),
    initialProblems: validateZapDefinition({ definition: zap.draft, connections, t, apps }),
  };
}
