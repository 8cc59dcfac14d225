// Group commit for hot statements: the calls made during one turn of the event loop (the runs a
// worker picked up together, the webhooks that arrived together) run as one batch, so N calls cost
// one round trip and one commit. A lone call waits for nothing but the end of its turn (setImmediate).
// Calls whose `groupOf` differs run in separate batches.
export function batchCalls<Input, Output>({
  run,
  groupOf = () => "",
  maxSize = 500,
}: {
  /** Runs a batch; returns one output per input, in the same order. */
  run: (inputs: Input[]) => Promise<Output[]>;
  groupOf?: (input: Input) => string;
  maxSize?: number;
}): (input: Input) => Promise<Output> {
  interface Pending {
    inputs: Input[];
    flushed: boolean;
    settle: { resolve: (output: Output) => void; reject: (error: unknown) => void }[];
  }
  const pending = new Map<string, Pending>();

  const flush = (group: string, batch: Pending) => {
    if (batch.flushed) return;
    batch.flushed = true;
    if (pending.get(group) === batch) pending.delete(group);
    void settle(batch.inputs, batch.settle);
  };

  /** A batch that fails is tried again one call at a time, so one bad call (a row deleted meanwhile) fails only its own caller. */
  const settle = async (inputs: Input[], callers: Pending["settle"]): Promise<void> => {
    try {
      const outputs = await run(inputs);
      if (outputs.length !== inputs.length) throw new Error(`A batch of ${inputs.length} calls returned ${outputs.length} results.`);
      callers.forEach(({ resolve }, index) => resolve(outputs[index] as Output));
    } catch (error) {
      if (inputs.length === 1) {
        callers.forEach(({ reject }) => reject(error));
        return;
      }
      await Promise.all(inputs.map((input, index) => settle([input], [callers[index] as Pending["settle"][number]])));
    }
  };

  return (input) =>
    new Promise<Output>((resolve, reject) => {
      const group = groupOf(input);
      let batch = pending.get(group);
      if (!batch) {
        const created: Pending = { inputs: [], flushed: false, settle: [] };
        pending.set(group, created);
        setImmediate(() => flush(group, created));
        batch = created;
      }
      batch.inputs.push(input);
      batch.settle.push({ resolve, reject });
      if (batch.inputs.length >= maxSize) flush(group, batch);
    });
}
