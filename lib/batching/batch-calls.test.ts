import { describe, expect, it } from "vitest";
import { batchCalls } from "@/lib/batching/batch-calls";

function recordingBatcher(options: { maxSize?: number; groupOf?: (input: number) => string } = {}) {
  const batches: number[][] = [];
  const call = batchCalls<number, number>({
    ...options,
    run: async (inputs) => {
      batches.push(inputs);
      return inputs.map((input) => input * 10);
    },
  });
  return { batches, call };
}

describe("batchCalls", () => {
  it("runs the calls of one turn as one batch, and answers each caller with its own result", async () => {
    const { batches, call } = recordingBatcher();
    expect(await Promise.all([call(1), call(2), call(3)])).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
    expect(await call(4)).toBe(40);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it("splits batches at maxSize and by group", async () => {
    const { batches, call } = recordingBatcher({ maxSize: 2, groupOf: (input) => (input % 2 === 0 ? "even" : "odd") });
    await Promise.all([1, 2, 3, 4, 5, 6].map(call));
    expect(batches.map((batch) => [...batch].sort())).toEqual(expect.arrayContaining([[1, 3], [2, 4], [5], [6]]));
    expect(batches).toHaveLength(4);
  });

  it("tries a failed batch again one call at a time, so only the bad call fails", async () => {
    const batches: number[][] = [];
    const call = batchCalls<number, number>({
      run: async (inputs) => {
        batches.push(inputs);
        if (inputs.includes(2)) throw new Error(`row ${inputs.join(",")} refused`);
        return inputs.map((input) => input * 10);
      },
    });
    const results = await Promise.allSettled([call(1), call(2), call(3)]);
    expect(results).toEqual([
      { status: "fulfilled", value: 10 },
      { status: "rejected", reason: new Error("row 2 refused") },
      { status: "fulfilled", value: 30 },
    ]);
    expect(batches).toEqual([[1, 2, 3], [1], [2], [3]]);
  });

  it("refuses a batch that returns the wrong number of results", async () => {
    const call = batchCalls<number, number>({ run: async () => [] });
    await expect(Promise.all([call(1), call(2)])).rejects.toThrow("A batch of 1 calls returned 0 results.");
  });
});
