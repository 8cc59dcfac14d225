/**
 * When a run stops waiting and fails: its retry schedule's total time after it was first tried (or,
 * never tried, queued; or since its owner resolved a step whose outcome was unknown), so a vendor that never comes back, or a 429 that never ends, cannot hold it forever.
 */
export function runGiveUpAt({ firstTriedAt, schedule }: { firstTriedAt: Date; schedule: readonly number[] }): number {
  return firstTriedAt.getTime() + schedule.reduce((total, delay) => total + delay, 0);
}
