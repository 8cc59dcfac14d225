// "Send test event": records the zap's sample event (with a fresh id) on the trigger's connection, as
// a test run of that zap only, through the same storage and queue as a real event. It needs no
// public URL and no signing secret, so it works on a laptop behind a firewall as well as in
// production; the way real events arrive is shown on the connection's card.
import { randomBytes } from "node:crypto";
import type Stripe from "stripe";
import type { TriggerDefinition } from "@/lib/catalog/define";
import type { Fields, InputOf } from "@/lib/catalog/field";
import { ConnectionGoneError } from "@/lib/events/record-stripe-event";
import { recordTestEvent } from "@/lib/events/record-test-event";
import { enqueueRuns } from "@/lib/queue/enqueue-runs";
import { catalogSample } from "@/lib/zaps/catalog-sample";
import { readZapTrigger } from "@/lib/zaps/read-zap-trigger";

export type SendTestEventResult = { ok: true; runId: string; stripeEventId: string; note?: string } | { ok: false; message: string };

export async function sendTestEvent({ userId, zapId }: { userId: string; zapId: string }): Promise<SendTestEventResult> {
  const found = await readZapTrigger({ userId, zapId });
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
    if (error instanceof ConnectionGoneError) return { ok: false, message: "The trigger's Stripe connection no longer exists: choose another one." };
    throw error;
  }
  if (!recorded.ok) return { ok: false, message: recorded.message };
  const [runId] = recorded.runIds;
  if (!runId) return { ok: false, message: "The test event was stored but started no run: send it again." };
  await enqueueRuns({ runIds: [runId] });
  const note = skippedBecause({ definition: found.definition, options: found.options, event });
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
}: {
  definition: TriggerDefinition;
  options: InputOf<Fields> | null;
  event: Stripe.Event;
}): string | undefined {
  if (options === null) return undefined;
  let matches: boolean;
  try {
    matches = definition.matches(event, options);
  } catch {
    matches = false;
  }
  if (matches) return undefined;
  const mode = event.livemode ? "live" : "test";
  const why =
    options.mode === "live" && !event.livemode
      ? "it only starts on live-mode events, and this one is from test mode"
      : options.mode === "test" && event.livemode
        ? "it only starts on test-mode events, and this one is from live mode"
        : `its options (such as the customer) exclude this ${mode}-mode event`;
  return `In real use the trigger would skip this event: ${why}. The test ran the zap anyway.`;
}
