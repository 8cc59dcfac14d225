// What an import of past events runs into: the user's zap, its published version and trigger, the
// trigger's Stripe connection (with its key) and event types, and the version's matcher (the trigger's
// options). Scoped by the owner; a message says what to do when the zap cannot import.
import type Stripe from "stripe";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { readConnectionSecrets } from "@/lib/connections/read-connection-secrets";
import type { StripeConnectionConfig } from "@/lib/catalog/stripe/connection/stripe-connection-schema";
import { db } from "@/lib/db";
import { compileZapMatcher } from "@/lib/catalog/stripe/intake/compile-zap-matcher";
import { zapDefinitionSchema } from "@/lib/zaps/schema";
import { refuseImport, type ImportRefusal } from "@/lib/catalog/stripe/import/import-problem";

export const IMPORT_ZAP_NOT_FOUND = "This zap does not exist, or it belongs to another account.";

export interface StripeImportTarget {
  zapId: string;
  versionId: string;
  connection: { id: string; userId: string; config: StripeConnectionConfig; secretKey: string };
  eventTypes: string[];
  matches: (event: Stripe.Event) => boolean;
}

export async function loadStripeImportTarget({
  userId,
  zapId,
}: {
  userId: string;
  zapId: string;
}): Promise<{ ok: true; target: StripeImportTarget } | { ok: false; message: string } | ImportRefusal> {
  const zap = await db.zap.findFirst({
    where: { id: zapId, userId, deletedAt: null },
    select: { id: true, publishedVersion: { select: { id: true, definition: true } } },
  });
  if (!zap) return { ok: false, message: IMPORT_ZAP_NOT_FOUND };
  if (!zap.publishedVersion) return refuseImport({ code: "notPublished" });
  const definition = zapDefinitionSchema.safeParse(zap.publishedVersion.definition);
  const trigger = definition.success ? definition.data.trigger : null;
  const entry = trigger ? findCatalogEntry({ appKey: trigger.app, key: trigger.key }) : undefined;
  if (!trigger || trigger.app !== "stripe" || entry?.kind !== "trigger") return refuseImport({ code: "notStripeTrigger" });
  const connection = trigger.connectionId ? await readConnectionSecrets({ userId, connectionId: trigger.connectionId }) : null;
  const row = connection ? await db.connection.findFirst({ where: { id: connection.id, status: { not: "REVOKED" } }, select: { id: true } }) : null;
  if (connection?.app !== "stripe" || !row) return refuseImport({ code: "connectionGone" });
  const matcher = compileZapMatcher({ definition: zap.publishedVersion.definition });
  return {
    ok: true,
    target: {
      zapId: zap.id,
      versionId: zap.publishedVersion.id,
      connection: { id: connection.id, userId, config: connection.config, secretKey: connection.secrets.secretKey },
      eventTypes: [...entry.definition.eventTypes],
      matches: (event) => matcher({ event, connectionId: connection.id, zapId: zap.id }),
    },
  };
}
