import Stripe from "stripe";
import { classifyStripeError } from "@/lib/catalog/stripe/client/classify-stripe-error";
import { createStripeClient } from "@/lib/catalog/stripe/client/create-stripe-client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { userMessageText } from "@/lib/i18n/user-message";
import { CATALOG_SAMPLE_ID, catalogSample } from "@/lib/zaps/catalog-sample";
import { plainJson } from "@/lib/zaps/plain-json";
import { readZapTrigger } from "@/lib/zaps/read-zap-trigger";

export type ChooseZapSampleResult = { ok: true; event: Stripe.Event } | { ok: false; message: string };

const STRIPE_EVENT_ID = /^evt_[A-Za-z0-9_]{1,250}$/;

/**
 * Makes one of loadTriggerSamples' events the zap's sample (Zap.sampleEvent). Only the id comes from
 * the browser: the event itself is fetched again from Stripe, or taken from the catalog.
 */
export async function chooseZapSample({
  userId,
  zapId,
  sampleId,
  apiBase = env().STRIPE_API_BASE,
  locale,
}: {
  userId: string;
  zapId: string;
  sampleId: string;
  /** The language of the messages, which the builder shows. */
  locale?: Locale;
  /** Instead of STRIPE_API_BASE (tests). */
  apiBase?: string;
}): Promise<ChooseZapSampleResult> {
  const t = await translator({ locale });
  const found = await readZapTrigger({ userId, zapId, locale });
  if (!found.ok) return found;

  let event: Stripe.Event;
  if (sampleId === CATALOG_SAMPLE_ID) {
    event = catalogSample({ definition: found.definition }).event;
  } else {
    if (!STRIPE_EVENT_ID.test(sampleId)) return { ok: false, message: t("builder.samples.notAnEventId", { id: sampleId.slice(0, 80) }) };
    if (!found.connection.ok) return { ok: false, message: found.connection.message };
    try {
      const client = createStripeClient({ secretKey: found.connection.value.secrets.secretKey, apiBase });
      event = plainJson(await client.events.retrieve(sampleId));
    } catch (error) {
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404) {
        return { ok: false, message: t("builder.samples.noSuchEvent", { id: sampleId }) };
      }
      return { ok: false, message: t("builder.samples.loadFailed", { reason: userMessageText({ message: classifyStripeError({ error }).userMessage, t }) }) };
    }
    if (!found.definition.eventTypes.includes(event.type)) {
      return {
        ok: false,
        message: t("builder.samples.wrongType", {
          id: sampleId,
          type: event.type,
          trigger: found.definition.name,
          types: new Intl.ListFormat(locale ?? DEFAULT_LOCALE, { type: "disjunction" }).format(found.definition.eventTypes),
        }),
      };
    }
  }

  const { count } = await db.zap.updateMany({
    where: { id: found.zap.id, userId, deletedAt: null },
    data: { sampleEvent: event as unknown as Prisma.InputJsonValue },
  });
  if (count === 0) return { ok: false, message: t("zaps.deletedElsewhere") };
  return { ok: true, event };
}
