import { describe, expect, it } from "vitest";
import { nextStepId } from "@/components/builder/step-ids";
import { stepConfigSchema } from "@/lib/zaps/schema";

const step = (id: string) => ({ id, app: "customerio", key: "track_event", connectionId: null, inputs: {} });

describe("nextStepId", () => {
  it.each([
    { key: "track_event", taken: [], id: "track_event" },
    { key: "track_event", taken: ["track_event"], id: "track_event_2" },
    { key: "track_event", taken: ["track_event", "track_event_2"], id: "track_event_3" },
    { key: "9-Weird Key!", taken: [], id: "weird_key_" },
    { key: "---", taken: [], id: "step" },
    { key: "a_very_long_lookup_key_that_goes_on_and_on", taken: [], id: "a_very_long_lookup_key_that_" },
  ])("$key with $taken taken → $id", ({ key, taken, id }) => {
    const result = nextStepId({ key, steps: taken.map(step) });
    expect(result).toBe(id);
    expect(stepConfigSchema.safeParse(step(result)).success).toBe(true);
  });
});
