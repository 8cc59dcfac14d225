import type { ZapStep } from "@/lib/zaps/schema";

/** A step id that no other step uses, made from the step's key: "track_event", then "track_event_2"… */
export function nextStepId({ key, steps }: { key: string; steps: readonly ZapStep[] }): string {
  const base =
    key
      .toLowerCase()
      .replace(/[^a-z0-9_]/g, "_")
      .replace(/^[^a-z]+/, "")
      .slice(0, 28) || "step";
  const taken = new Set(steps.map((step) => step.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}
