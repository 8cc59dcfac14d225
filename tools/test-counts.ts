/** Tests counted from a runner's JSON report. */
export type TestCounts = { passed: number; failed: number; skipped: number; note?: string };
