import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { enqueueRuns } from "@/lib/queue/enqueue-runs";
import { runsQueue } from "@/lib/queue/runs-queue";

afterEach(() => vi.restoreAllMocks());

describe("enqueueRuns", () => {
  it("sends the runs of concurrent calls to Redis in one batch, each job under its run id", async () => {
    const addBulk = vi.spyOn(runsQueue(), "addBulk");
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    expect(await Promise.all([enqueueRuns({ runIds: [a] }), enqueueRuns({ runIds: [b, c] })])).toEqual([true, true]);
    expect(addBulk).toHaveBeenCalledTimes(1);
    expect(addBulk.mock.calls[0]?.[0].map((job) => job.opts?.jobId)).toEqual([a, b, c]);
    expect(await Promise.all([a, b, c].map(async (id) => (await runsQueue().getJob(id))?.data))).toEqual([{ runId: a }, { runId: b }, { runId: c }]);
  });

  it("answers false to every caller of the batch when Redis does not take it, and never throws", async () => {
    vi.spyOn(runsQueue(), "addBulk").mockRejectedValue(new Error("Connection is closed."));
    expect(await Promise.all([enqueueRuns({ runIds: [randomUUID()] }), enqueueRuns({ runIds: [randomUUID()] })])).toEqual([false, false]);
  });

  it("does not call Redis for no runs", async () => {
    const addBulk = vi.spyOn(runsQueue(), "addBulk");
    expect(await enqueueRuns({ runIds: [] })).toBe(true);
    expect(addBulk).not.toHaveBeenCalled();
  });
});
