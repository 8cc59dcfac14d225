/** "Test" for runs of test-mode Stripe events (or Send test event), "Live" otherwise. */
export function RunModeBadge({ isTest }: { isTest: boolean }) {
  return isTest ? (
    <span className="rounded bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-200 ring-inset">Test</span>
  ) : (
    <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200 ring-inset">Live</span>
  );
}
