// Distinct, correctly signed Stripe webhooks of realistic size: Stripe's own
// customer.subscription.deleted example (5 KB), each with a fresh event id, signed as Stripe signs.
import { createHmac, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "@/lib/database/project-root";

export interface SignedWebhook {
  eventId: string;
  body: string;
  signature: string;
}

const ID_MARK = "evt_BENCH_ID_MARK";
const CREATED_MARK = 1111111111;

let template: string | undefined;

function bodyTemplate(): string {
  if (!template) {
    const file = path.join(projectRoot(), "lib/catalog/stripe/samples/customer.subscription.deleted.json");
    const event = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    template = JSON.stringify({ ...event, id: ID_MARK, created: CREATED_MARK });
  }
  return template;
}

/** A run-unique prefix keeps ids distinct across bench runs on the same database. */
const RUN_PREFIX = randomBytes(4).toString("hex");
let sequence = 0;

export function signedWebhook({ signingSecret, timestamp = Math.floor(Date.now() / 1000) }: { signingSecret: string; timestamp?: number }): SignedWebhook {
  sequence += 1;
  const eventId = `evt_bench${RUN_PREFIX}${sequence.toString(36).padStart(8, "0")}`;
  const body = bodyTemplate().replace(ID_MARK, eventId).replace(String(CREATED_MARK), String(timestamp));
  const digest = createHmac("sha256", signingSecret).update(`${timestamp}.${body}`).digest("hex");
  return { eventId, body, signature: `t=${timestamp},v1=${digest}` };
}
