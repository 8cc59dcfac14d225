/** The outcome of one `npm test` stage. */
export type StageResult = {
  name: string;
  /** A check counts as one test; a test stage reports its runner's counts. */
  kind: "check" | "tests";
  status: "passed" | "failed" | "skipped";
  passed: number;
  failed: number;
  skipped: number;
  ms: number;
  /** Why it failed or was skipped, when the counts do not say. */
  note?: string;
  /** The failed tests, "file > test: first line of the error". */
  failures?: string[];
};
