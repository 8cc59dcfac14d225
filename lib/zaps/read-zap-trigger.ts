// The draft trigger of one of the user's zaps, with its catalog declaration, its parsed options and
// its Stripe connection: what trigger samples and test events start from.
import type { TriggerDefinition } from "@/lib/catalog/define";
import { fieldsSchema, type Fields, type InputOf } from "@/lib/catalog/field";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import type { StripeConnectionWithSecrets } from "@/lib/catalog/stripe/connection/decode-stripe-connection";
import { readConnectionSecrets, type ConnectionWithSecrets } from "@/lib/connections/read-connection-secrets";
import { DecryptionError } from "@/lib/crypto/decrypt-secret";
import { db } from "@/lib/db";
import { zapDefinitionSchema, type TriggerConfig } from "@/lib/zaps/schema";

export type ZapTrigger =
  | { ok: false; message: string }
  | {
      ok: true;
      zap: { id: string; sampleEvent: unknown };
      trigger: TriggerConfig;
      definition: TriggerDefinition;
      /** Null while the saved options do not validate (the trigger's form says why). */
      options: InputOf<Fields> | null;
      /** The trigger's Stripe connection with its secrets, or why there is none to use. */
      connection: { ok: true; value: StripeConnectionWithSecrets } | { ok: false; message: string };
    };

export async function readZapTrigger({ userId, zapId }: { userId: string; zapId: string }): Promise<ZapTrigger> {
  const zap = await db.zap.findFirst({ where: { id: zapId, userId, deletedAt: null }, select: { id: true, draft: true, sampleEvent: true } });
  if (!zap) return { ok: false, message: "This zap does not exist any more: it may have been deleted in another tab." };
  const draft = zapDefinitionSchema.safeParse(zap.draft);
  if (!draft.success) return { ok: false, message: "The draft is damaged; discard it and build the zap again." };
  const { trigger } = draft.data;
  if (!trigger) return { ok: false, message: "Choose the Stripe event that starts this zap first." };
  const entry = findCatalogEntry({ appKey: trigger.app, key: trigger.key });
  if (entry?.kind !== "trigger") return { ok: false, message: `The trigger "${trigger.key}" no longer exists: choose another.` };
  const options = fieldsSchema(entry.definition.options).safeParse(trigger.options);
  return {
    ok: true,
    zap: { id: zap.id, sampleEvent: zap.sampleEvent },
    trigger,
    definition: entry.definition,
    options: options.success ? options.data : null,
    connection: await triggerConnection({ userId, connectionId: trigger.connectionId, appKey: trigger.app }),
  };
}

async function triggerConnection({ userId, connectionId, appKey }: { userId: string; connectionId: string | null; appKey: string }) {
  if (!connectionId) return { ok: false as const, message: "Choose the Stripe account this trigger listens to." };
  let connection: ConnectionWithSecrets | null;
  try {
    connection = await readConnectionSecrets({ userId, connectionId });
  } catch (error) {
    if (!(error instanceof DecryptionError)) throw error;
    return { ok: false as const, message: `The Stripe connection's keys cannot be read (${error.message}) Connect Stripe again on the Connections page.` };
  }
  if (!connection || connection.app !== appKey) return { ok: false as const, message: "The trigger's Stripe connection no longer exists: choose another one." };
  // Stripe is the only app with triggers: a connection of the trigger's app is a Stripe connection.
  return { ok: true as const, value: connection as StripeConnectionWithSecrets };
}
