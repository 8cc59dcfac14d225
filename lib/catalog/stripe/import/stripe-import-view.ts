import type { StripeImportStatus, StripeImportView } from "@/lib/catalog/stripe/import/schema";

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
  createdAt: Date;
  finishedAt: Date | null;
}

/** An import row as the page shows it. */
export function stripeImportView(row: StripeImportRow): StripeImportView {
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
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
