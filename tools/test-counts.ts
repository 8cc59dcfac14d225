/** Tests counted from a runner's JSON report. */
export type TestCounts = {
  passed: number;
  failed: number;
  skipped: number;
  note?: string;
  /** The failed tests, "file > test: first line of the error", for the closing summary. */
  failures?: string[];
};
