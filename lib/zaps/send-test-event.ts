// "Send test event": Conduit signs an event with the connection's webhook signing secret, exactly as
// Stripe signs its deliveries, and posts it to the same public webhook URL Stripe uses, so a test
// exercises the whole path (APP_URL, signature, storage, queue, worker). A signed mark in the body
// makes the webhook run only this zap, as a test, on its current draft.
import { randomBytes } from "node:crypto";
import Stripe from "stripe";
import type { TriggerDefinition } from "@/lib/catalog/define";
import type { Fields, InputOf } from "@/lib/catalog/field";
import { stripeWebhookUrl } from "@/lib/connections/stripe-webhook-url";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { CONDUIT_TEST_MARK, type ConduitTestMark } from "@/lib/webhooks/conduit-test-mark";
import { catalogSample } from "@/lib/zaps/catalog-sample";
import { readZapTrigger } from "@/lib/zaps/read-zap-trigger";

export type SendTestEventResult =
  | { ok: true; runId: string; stripeEventId: string; note?: string }
  | { ok: false; message: string };

const DEFAULT_TIMEOUT_MS = 15_000;

export async function sendTestEvent({
  userId,
  zapId,
  appUrl = env().APP_URL,
  timeoutMs = DEFAULT_TIMEOUT_MS,
}: {
  userId: string;
  zapId: string;
  /** Conduit's public address, where the webhook is (tests point it at their own server). */
  appUrl?: string;
  timeoutMs?: number;
}): Promise<SendTestEventResult> {
  const found = await readZapTrigger({ userId, zapId });
  if (!found.ok) return found;
  if (!found.connection.ok) return { ok: false, message: found.connection.message };
  const connection = found.connection.value;
  const secret = connection.secrets.webhookSigningSecret;
  if (!secret) {
    return { ok: false, message: "The trigger's Stripe connection has no webhook signing secret yet: finish the webhook setup on Connections, then send the test event again." };
  }

  const event: Stripe.Event = {
    ...(usableSample({ sample: found.zap.sampleEvent, definition: found.definition }) ?? catalogSample({ definition: found.definition }).event),
    id: `evt_test_${randomBytes(12).toString("hex")}`,
    created: Math.floor(Date.now() / 1000),
  };
  const mark: ConduitTestMark = { zap_id: found.zap.id };
  const payload = JSON.stringify({ ...event, [CONDUIT_TEST_MARK]: mark });
  const url = stripeWebhookUrl({ appUrl, connectionId: connection.id });

  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json; charset=utf-8",
        "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret }),
        "user-agent": "Conduit test event",
      },
      body: payload,
      // A redirect would turn the POST into a GET; say so instead.
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { ok: false, message: `Conduit could not reach its own webhook at ${url} (${fetchProblem(error, timeoutMs)}). Check that APP_URL (${appUrl}) is an address this server can reach.` };
  }
  if (response.status < 200 || response.status > 299) return { ok: false, message: await refusal({ response, url, appUrl }) };

  const run = await db.run.findFirst({
    where: { zapId: found.zap.id, isTest: true, event: { connectionId: connection.id, stripeEventId: event.id } },
    select: { id: true },
  });
  if (!run) return { ok: false, message: `The webhook at ${url} accepted the test event but no run was recorded: check that APP_URL (${appUrl}) points at this Conduit.` };
  const note = skippedBecause({ definition: found.definition, options: found.options, event });
  return { ok: true, runId: run.id, stripeEventId: event.id, ...(note ? { note } : {}) };
}

/** The zap's chosen sample, while it is still an event the trigger listens to. */
function usableSample({ sample, definition }: { sample: unknown; definition: TriggerDefinition }): Stripe.Event | undefined {
  if (!sample || typeof sample !== "object") return undefined;
  const event = sample as Partial<Stripe.Event>;
  const data = event.data as { object?: unknown } | undefined;
  const usable = event.object === "event" && typeof event.type === "string" && definition.eventTypes.includes(event.type) && typeof data?.object === "object" && data.object !== null;
  return usable ? (sample as Stripe.Event) : undefined;
}

/** Why the trigger would not start on this event in real use; a test runs the zap anyway. */
function skippedBecause({ definition, options, event }: { definition: TriggerDefinition; options: InputOf<Fields> | null; event: Stripe.Event }): string | undefined {
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
    options.mode === "live" && !event.livemode ? "it only starts on live-mode events, and this one is from test mode"
    : options.mode === "test" && event.livemode ? "it only starts on test-mode events, and this one is from live mode"
    : `its options (such as the customer) exclude this ${mode}-mode event`;
  return `In real use the trigger would skip this event: ${why}. The test ran the zap anyway.`;
}

function fetchProblem(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === "TimeoutError") return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const code = cause && "code" in cause && typeof cause.code === "string" ? cause.code : undefined;
  return [code, cause?.message ?? (error instanceof Error ? error.message : String(error))].filter(Boolean).join(": ");
}

async function refusal({ response, url, appUrl }: { response: Response; url: string; appUrl: string }): Promise<string> {
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get("location");
    return `The webhook at ${url} redirects${location ? ` to ${location}` : ""}: set APP_URL (${appUrl}) to Conduit's final address.`;
  }
  const text = await response.text().catch(() => "");
  let error: unknown;
  try {
    error = (JSON.parse(text) as { error?: unknown }).error;
  } catch {
    error = undefined;
  }
  if (typeof error === "string") return `The webhook refused the test event (HTTP ${response.status}): ${error}`;
  return `The webhook at ${url} answered HTTP ${response.status}, and not as Conduit does: check that APP_URL (${appUrl}) points at this Conduit.`;
}
