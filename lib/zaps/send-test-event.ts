// "Send test event": records the zap's sample event (with a fresh id) on the trigger's connection, as
// a test run of that zap only, through the same storage and queue as a real event. It needs no
// public URL and no signing secret, so it works on a laptop behind a firewall as well as in
// production; the way real events arrive is shown on the connection's card.
import { userMessageText } from "@/lib/i18n/user-message";
import { randomBytes } from "node:crypto";
import type Stripe from "stripe";
import type { TriggerDefinition } from "@/lib/catalog/define";
import type { Fields, InputOf } from "@/lib/catalog/field";
import { ConnectionGoneError } from "@/lib/catalog/stripe/intake/record-stripe-event";
import { recordTestEvent } from "@/lib/catalog/stripe/intake/record-test-event";
import type { Locale } from "@/lib/i18n/locales";
import { translator, type Translate } from "@/lib/i18n/translator";
import { enqueueRuns } from "@/lib/queue/enqueue-runs";
import { catalogSample } from "@/lib/zaps/catalog-sample";
import { readZapTrigger } from "@/lib/zaps/read-zap-trigger";

export type SendTestEventResult = { ok: true; runId: string; stripeEventId: string; note?: string } | { ok: false; message: string };

/** `locale`: the language of the messages, which the builder shows. */
export async function sendTestEvent({ userId, zapId, locale }: { userId: string; zapId: string; locale?: Locale }): Promise<SendTestEventResult> {
  const t = await translator({ locale });
  const found = await readZapTrigger({ userId, zapId, locale });
  if (!found.ok) return found;
  if (!found.connection.ok) return { ok: false, message: found.connection.message };
  const connection = found.connection.value;

  const event: Stripe.Event = {
    ...(usableSample({ sample: found.zap.sampleEvent, definition: found.definition }) ?? catalogSample({ definition: found.definition }).event),
    id: `evt_test_${randomBytes(12).toString("hex")}`,
    created: Math.floor(Date.now() / 1000),
  };
  let recorded;
  try {
    recorded = await recordTestEvent({ connection: { id: connection.id, userId }, event, zapId: found.zap.id });
  } catch (error) {
    if (error instanceof ConnectionGoneError) return { ok: false, message: t("builder.trigger.connectionGone") };
    throw error;
  }
  if (!recorded.ok) return { ok: false, message: userMessageText({ message: recorded.userMessage, t }) };
  const [runId] = recorded.runIds;
  if (!runId) return { ok: false, message: t("builder.testEvent.notStarted") };
  await enqueueRuns({ runIds: [runId] });
  const note = skippedBecause({ definition: found.definition, options: found.options, event, t });
  return { ok: true, runId, stripeEventId: event.id, ...(note ? { note } : {}) };
}

/** The zap's chosen sample, while it is still an event the trigger listens to. */
function usableSample({ sample, definition }: { sample: unknown; definition: TriggerDefinition }): Stripe.Event | undefined {
  if (!sample || typeof sample !== "object") return undefined;
  const event = sample as Partial<Stripe.Event>;
  const data = event.data as { object?: unknown } | undefined;
  const usable =
    event.object === "event" &&
    typeof event.type === "string" &&
    definition.eventTypes.includes(event.type) &&
    typeof data?.object === "object" &&
    data.object !== null;
  return usable ? (sample as Stripe.Event) : undefined;
}

/** Why the trigger would not start on this event in real use; a test runs the zap anyway. */
function skippedBecause({
  definition,
  options,
  event,
  t,
}: {
  definition: TriggerDefinition;
  options: InputOf<Fields> | null;
  event: Stripe.Event;
  t: Translate;
}): string | undefined {
  if (options === null) return undefined;
  let matches: boolean;
  try {
    matches = definition.matches(event, options);
  } catch {
    matches = false;
  }
  if (matches) return undefined;
  const why =
    options.mode === "live" && !event.livemode
      ? t("builder.testEvent.liveOnly")
      : options.mode === "test" && event.livemode
        ? t("builder.testEvent.testOnly")
        : event.livemode
          ? t("builder.testEvent.excludedLive")
          : t("builder.testEvent.excludedTest");
  return t("builder.testEvent.skipped", { why });
}
