import { IMPORT_MAX_AGE_MS } from "@/lib/catalog/stripe/import/schema";
import { problemTime, type ImportProblem } from "@/lib/catalog/stripe/import/import-problem";

/** Why a range cannot be imported (import-problem.ts words it as what to choose instead), or null when it can. */
export function checkImportRange({ from, to, now = new Date() }: { from: Date; to: Date; now?: Date }): ImportProblem | null {
  const oldest = new Date(now.getTime() - IMPORT_MAX_AGE_MS);
  if (from.getTime() >= to.getTime()) return { code: "endBeforeStart" };
  if (from.getTime() < oldest.getTime()) return { code: "tooOld", values: { oldest: problemTime(oldest) } };
  // A minute of slack for the browser's clock.
  if (to.getTime() > now.getTime() + 60_000) return { code: "inFuture" };
  return null;
}
