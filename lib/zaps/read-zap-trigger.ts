// The draft trigger of one of the user's zaps, with its catalog declaration, its parsed options and
// its Stripe connection: what trigger samples and test events start from.
import type { TriggerDefinition } from "@/lib/catalog/define";
import { fieldsSchema, type Fields, type InputOf } from "@/lib/catalog/field";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import type { StripeConnectionWithSecrets } from "@/lib/catalog/stripe/connection/decode-stripe-connection";
import { readConnectionSecrets, type ConnectionWithSecrets } from "@/lib/connections/read-connection-secrets";
import { DecryptionError } from "@/lib/crypto/decrypt-secret";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { translator, type Translate } from "@/lib/i18n/translator";
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

/** `locale`: the language of the messages, which the builder shows. */
export async function readZapTrigger({ userId, zapId, locale }: { userId: string; zapId: string; locale?: Locale }): Promise<ZapTrigger> {
  const t = await translator({ locale });
  const zap = await db.zap.findFirst({ where: { id: zapId, userId, deletedAt: null }, select: { id: true, draft: true, sampleEvent: true } });
  if (!zap) return { ok: false, message: t("zaps.deletedElsewhere") };
  const draft = zapDefinitionSchema.safeParse(zap.draft);
  if (!draft.success) return { ok: false, message: t("builder.publish.damaged") };
  const { trigger } = draft.data;
  if (!trigger) return { ok: false, message: t("builder.trigger.missing") };
  const entry = findCatalogEntry({ appKey: trigger.app, key: trigger.key });
  if (entry?.kind !== "trigger") return { ok: false, message: t("builder.trigger.gone", { key: trigger.key }) };
  const options = fieldsSchema(entry.definition.options).safeParse(trigger.options);
  return {
    ok: true,
    zap: { id: zap.id, sampleEvent: zap.sampleEvent },
    trigger,
    definition: entry.definition,
    options: options.success ? options.data : null,
    connection: await triggerConnection({ userId, connectionId: trigger.connectionId, appKey: trigger.app, t }),
  };
}

async function triggerConnection({ userId, connectionId, appKey, t }: { userId: string; connectionId: string | null; appKey: string; t: Translate }) {
  if (!connectionId) return { ok: false as const, message: t("builder.trigger.noConnection") };
  let connection: ConnectionWithSecrets | null;
  try {
    connection = await readConnectionSecrets({ userId, connectionId });
  } catch (error) {
    if (!(error instanceof DecryptionError)) throw error;
    return { ok: false as const, message: t("builder.trigger.keysUnreadable", { error: error.message }) };
  }
  if (!connection || connection.app !== appKey) return { ok: false as const, message: t("builder.trigger.connectionGone") };
  // Stripe is the only app with triggers: a connection of the trigger's app is a Stripe connection.
  return { ok: true as const, value: connection as StripeConnectionWithSecrets };
}
