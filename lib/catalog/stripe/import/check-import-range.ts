import { IMPORT_MAX_AGE_MS } from "@/lib/catalog/stripe/import/schema";

/** Why a range cannot be imported (in words that say what to choose instead), or null when it can. */
export function checkImportRange({ from, to, now = new Date() }: { from: Date; to: Date; now?: Date }): string | null {
  const oldest = new Date(now.getTime() - IMPORT_MAX_AGE_MS);
  if (from.getTime() >= to.getTime()) return "The range must end after it starts: choose an end later than the start.";
  if (from.getTime() < oldest.getTime()) {
    return `Stripe keeps events for 30 days only: choose a start after ${oldest.toISOString().slice(0, 16).replace("T", " ")} UTC.`;
  }
  // A minute of slack for the browser's clock.
  if (to.getTime() > now.getTime() + 60_000) return "The range cannot end in the future: choose an end no later than now.";
  return null;
}
