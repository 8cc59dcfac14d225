import type { StripeImportStatus, StripeImportView } from "@/lib/catalog/stripe/import/schema";
import type { Translate } from "@/lib/i18n/translator";
import { storedErrorText } from "@/lib/i18n/user-message";

export interface StripeImportRow {
  id: string;
  zapId: string;
  status: string;
  rangeStart: Date;
  rangeEnd: Date;
  total: number | null;
  alreadyRun: number | null;
  notMatching: number | null;
  processed: number;
  imported: number;
  error: string | null;
  /** The message `error` was written from (lib/i18n/user-message.ts). */
  errorMessage: unknown;
  createdAt: Date;
  finishedAt: Date | null;
}

/** An import row as the page shows it, its error in the viewer's language (`t`). */
export function stripeImportView({ row, t }: { row: StripeImportRow; t: Translate }): StripeImportView {
  const counted = row.status !== "counting" && row.total !== null && row.alreadyRun !== null && row.notMatching !== null;
  return {
    id: row.id,
    zapId: row.zapId,
    status: row.status as StripeImportStatus,
    rangeStart: row.rangeStart.toISOString(),
    rangeEnd: row.rangeEnd.toISOString(),
    total: row.total,
    alreadyRun: row.alreadyRun,
    notMatching: row.notMatching,
    toImport: counted ? Math.max(0, (row.total ?? 0) - (row.alreadyRun ?? 0) - (row.notMatching ?? 0)) : null,
    processed: row.processed,
    imported: row.imported,
    error: storedErrorText({ error: row.error, errorMessage: row.errorMessage, t }),
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
