import Stripe from "stripe";
import { classifyStripeError } from "@/lib/catalog/stripe/client/classify-stripe-error";
import { createStripeClient } from "@/lib/catalog/stripe/client/create-stripe-client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CATALOG_SAMPLE_ID, catalogSample } from "@/lib/zaps/catalog-sample";
import { plainJson } from "@/lib/zaps/plain-json";
import { readZapTrigger } from "@/lib/zaps/read-zap-trigger";

export type ChooseZapSampleResult = { ok: true; event: Stripe.Event } | { ok: false; message: string };

const STRIPE_EVENT_ID = /^evt_[A-Za-z0-9_]{1,250}$/;
const RELOAD = "Load the samples again and pick one of them.";

/**
 * Makes one of loadTriggerSamples' events the zap's sample (Zap.sampleEvent). Only the id comes from
 * the browser: the event itself is fetched again from Stripe, or taken from the catalog.
 */
export async function chooseZapSample({
  userId,
  zapId,
  sampleId,
  apiBase = env().STRIPE_API_BASE,
}: {
  userId: string;
  zapId: string;
  sampleId: string;
  /** Instead of STRIPE_API_BASE (tests). */
  apiBase?: string;
}): Promise<ChooseZapSampleResult> {
  const found = await readZapTrigger({ userId, zapId });
  if (!found.ok) return found;

  let event: Stripe.Event;
  if (sampleId === CATALOG_SAMPLE_ID) {
    event = catalogSample({ definition: found.definition }).event;
  } else {
    if (!STRIPE_EVENT_ID.test(sampleId)) return { ok: false, message: `"${sampleId.slice(0, 80)}" is not a Stripe event id. ${RELOAD}` };
    if (!found.connection.ok) return { ok: false, message: found.connection.message };
    try {
      const client = createStripeClient({ secretKey: found.connection.value.secrets.secretKey, apiBase });
      event = plainJson(await client.events.retrieve(sampleId));
    } catch (error) {
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404) {
        return { ok: false, message: `Stripe has no event ${sampleId} in this account (Stripe keeps events for 30 days). ${RELOAD}` };
      }
      return { ok: false, message: `The event could not be loaded from Stripe. ${classifyStripeError({ error }).message}` };
    }
    if (!found.definition.eventTypes.includes(event.type)) {
      return {
        ok: false,
        message: `${sampleId} is a ${event.type} event; "${found.definition.name}" starts on ${found.definition.eventTypes.join(" or ")}. ${RELOAD}`,
      };
    }
  }

  const { count } = await db.zap.updateMany({
    where: { id: found.zap.id, userId, deletedAt: null },
    data: { sampleEvent: event as unknown as Prisma.InputJsonValue },
  });
  if (count === 0) return { ok: false, message: "This zap does not exist any more: it may have been deleted in another tab." };
  return { ok: true, event };
}
