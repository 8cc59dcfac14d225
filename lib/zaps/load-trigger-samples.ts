// The events a zap's builder can map from: the most recent matching events from the trigger's Stripe
// account (Events API), then the catalog's sample, which is always there. A failing Stripe call
// never leaves the builder without data: the catalog sample comes back with a warning.
import type Stripe from "stripe";
import type { TriggerDefinition } from "@/lib/catalog/define";
import type { Fields, InputOf } from "@/lib/catalog/field";
import { classifyStripeError } from "@/lib/catalog/stripe/client/classify-stripe-error";
import { createStripeClient } from "@/lib/catalog/stripe/client/create-stripe-client";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { userMessageText } from "@/lib/i18n/user-message";
import { logger } from "@/lib/logger";
import { catalogSample, type TriggerSample } from "@/lib/zaps/catalog-sample";
import { plainJson } from "@/lib/zaps/plain-json";
import { readZapTrigger } from "@/lib/zaps/read-zap-trigger";
import { triggerSampleLabel } from "@/lib/zaps/trigger-sample-label";

export const MAX_STRIPE_SAMPLES = 10;
/** One page of the Events API: enough that the trigger's options can drop many and still leave some. */
const EVENTS_PAGE = 100;
const SAMPLES_TIMEOUT_MS = 10_000;

export type LoadTriggerSamplesResult = { ok: true; samples: TriggerSample[]; warning?: string } | { ok: false; message: string };

export async function loadTriggerSamples({
  userId,
  zapId,
  apiBase = env().STRIPE_API_BASE,
  now = Date.now(),
  locale,
}: {
  userId: string;
  zapId: string;
  /** The language of the warnings, which the builder shows. */
  locale?: Locale;
  /** Instead of STRIPE_API_BASE (tests). */
  apiBase?: string;
  now?: number;
}): Promise<LoadTriggerSamplesResult> {
  const t = await translator({ locale });
  const found = await readZapTrigger({ userId, zapId, locale });
  if (!found.ok) return found;
  const fallback = { ...catalogSample({ definition: found.definition }), label: t("builder.samples.catalogLabel") };
  if (!found.connection.ok) return { ok: true, samples: [fallback], warning: t("builder.samples.standsIn", { reason: found.connection.message }) };

  const client = createStripeClient({ secretKey: found.connection.value.secrets.secretKey, apiBase, timeoutMs: SAMPLES_TIMEOUT_MS });
  let events: Stripe.Event[];
  try {
    const page = await client.events.list({ types: [...found.definition.eventTypes], limit: EVENTS_PAGE });
    events = page.data;
  } catch (error) {
    const { message, userMessage } = classifyStripeError({ error });
    logger.warn("trigger samples: listing Stripe events failed", { zapId, error: message });
    return { ok: true, samples: [fallback], warning: t("builder.samples.stripeFailed", { reason: userMessageText({ message: userMessage, t }) }) };
  }

  const recent = events
    .filter((event) => found.definition.eventTypes.includes(event.type) && accepts({ definition: found.definition, options: found.options, event }))
    .sort((a, b) => b.created - a.created)
    .slice(0, MAX_STRIPE_SAMPLES)
    .map((event): TriggerSample => ({
      id: event.id,
      source: "stripe",
      label: triggerSampleLabel({ event, now, locale, t }),
      created: event.created,
      livemode: event.livemode,
      event: plainJson(event),
    }));
  return { ok: true, samples: [...recent, fallback] };
}

/** The trigger's own predicate; with options that do not validate yet, every event of its types. */
function accepts({ definition, options, event }: { definition: TriggerDefinition; options: InputOf<Fields> | null; event: Stripe.Event }): boolean {
  if (options === null) return true;
  try {
    return definition.matches(event, options);
  } catch {
    // An event shape the predicate did not expect: not a useful sample.
    return false;
  }
}
