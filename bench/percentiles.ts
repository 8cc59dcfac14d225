/** p50/p99/max of a list of numbers (nearest-rank), or nulls when it is empty. */
export function percentiles(values: number[]): { p50: number | null; p99: number | null; max: number | null; count: number } {
  if (values.length === 0) return { p50: null, p99: null, max: null, count: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? null;
  return { p50: rank(50), p99: rank(99), max: sorted.at(-1) ?? null, count: sorted.length };
}
