// The circuit breaker's two halves together (enter-circuit.ts, record-circuit-result.ts, read-circuits.ts)
// against real Redis, with explicit clocks: it opens after the threshold, lets one probe through at a
// time, backs the probes off, and closes on a success.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { circuitKeys } from "@/lib/queue/circuit-keys";
import { enterCircuit } from "@/lib/queue/enter-circuit";
import { forgetHealthy } from "@/lib/queue/healthy-circuits";
import { readCircuits } from "@/lib/queue/read-circuits";
import { recordCircuitResult } from "@/lib/queue/record-circuit-result";
import { redis } from "@/lib/redis";

afterAll(() => redis().quit());

const T0 = 1_800_000_000_000;
const { CIRCUIT_BREAKER_THRESHOLD: THRESHOLD, CIRCUIT_BREAKER_PROBE_MS: PROBE_MS } = env();

async function openCircuit(connectionId: string, now = T0): Promise<void> {
  for (let failure = 1; failure <= THRESHOLD; failure += 1) {
    expect(await recordCircuitResult({ connectionId, result: "transient", token: `run-${failure}`, now })).toBe(failure === THRESHOLD ? "opened" : null);
  }
}

describe("a connection's circuit breaker", () => {
  it("stays closed below the threshold, and a success counts from zero again", async () => {
    const connectionId = randomUUID();
    for (let failure = 1; failure < THRESHOLD; failure += 1) await recordCircuitResult({ connectionId, result: "transient", token: "run", now: T0 });
    expect(await enterCircuit({ connectionId, token: "run", now: T0 })).toEqual({ state: "closed", clean: false });
    expect(await recordCircuitResult({ connectionId, result: "success", token: "run", now: T0 })).toBeNull();
    expect(await enterCircuit({ connectionId, token: "run", now: T0 })).toEqual({ state: "closed", clean: true });
    for (let failure = 1; failure < THRESHOLD; failure += 1) await recordCircuitResult({ connectionId, result: "transient", token: "run", now: T0 });
    expect(await enterCircuit({ connectionId, token: "run", now: T0 })).toEqual({ state: "closed", clean: false });
  });

  it("does not count permanent failures", async () => {
    const connectionId = randomUUID();
    for (let failure = 1; failure < THRESHOLD; failure += 1) await recordCircuitResult({ connectionId, result: "transient", token: "run", now: T0 });
    for (let failure = 0; failure < 3; failure += 1) expect(await recordCircuitResult({ connectionId, result: "permanent", token: "run", now: T0 })).toBeNull();
    expect(await enterCircuit({ connectionId, token: "run", now: T0 })).toEqual({ state: "closed", clean: false });
  });

  it(`opens after ${THRESHOLD} transient failures in a row: calls wait until the first probe is due`, async () => {
    const connectionId = randomUUID();
    await openCircuit(connectionId);
    expect(await enterCircuit({ connectionId, token: "run-a", now: T0 + 1 })).toEqual({ state: "open", openedAt: T0, retryAt: T0 + PROBE_MS });
    expect(await readCircuits({ connectionIds: [connectionId, randomUUID()] })).toEqual(new Map([[connectionId, { openedAt: new Date(T0) }]]));
  });

  it("lets one probe through at a time, even to concurrent callers, and the prober keeps its lock", async () => {
    const connectionId = randomUUID();
    await openCircuit(connectionId);
    const due = T0 + PROBE_MS;
    const entries = await Promise.all(["run-a", "run-b", "run-c", "run-d"].map((token) => enterCircuit({ connectionId, token, now: due })));
    expect(entries.filter((entry) => entry.state === "probe")).toHaveLength(1);
    expect(entries.filter((entry) => entry.state === "open")).toHaveLength(3);
    const prober = ["run-a", "run-b", "run-c", "run-d"][entries.findIndex((entry) => entry.state === "probe")] ?? "";
    expect(await enterCircuit({ connectionId, token: prober, now: due })).toEqual({ state: "probe", openedAt: T0 });
  });

  it("backs a failed probe off, doubling up to a minute", async () => {
    const connectionId = randomUUID();
    await openCircuit(connectionId);
    let now = T0 + PROBE_MS;
    let delay = PROBE_MS;
    for (let probe = 0; probe < 12; probe += 1) {
      expect(await enterCircuit({ connectionId, token: "prober", now })).toEqual({ state: "probe", openedAt: T0 });
      expect(await recordCircuitResult({ connectionId, result: "transient", token: "prober", now })).toBeNull();
      delay = Math.min(delay * 2, 60_000);
      expect(await enterCircuit({ connectionId, token: "other", now })).toEqual({ state: "open", openedAt: T0, retryAt: now + delay });
      now += delay;
    }
    expect(delay).toBe(60_000);
  });

  it("closes on a success and forgets the failures; a permanent answer to the probe frees the lock only", async () => {
    const connectionId = randomUUID();
    await openCircuit(connectionId);
    const due = T0 + PROBE_MS;
    expect(await enterCircuit({ connectionId, token: "prober", now: due })).toEqual({ state: "probe", openedAt: T0 });
    expect(await recordCircuitResult({ connectionId, result: "permanent", token: "prober", now: due })).toBeNull();
    expect(await enterCircuit({ connectionId, token: "next", now: due })).toEqual({ state: "probe", openedAt: T0 });
    expect(await recordCircuitResult({ connectionId, result: "success", token: "next", now: due })).toBe("closed");
    expect(await enterCircuit({ connectionId, token: "any", now: due })).toEqual({ state: "closed", clean: true });
    expect(await readCircuits({ connectionIds: [connectionId] })).toEqual(new Map());
    await recordCircuitResult({ connectionId, result: "transient", token: "any", now: due });
    expect(await enterCircuit({ connectionId, token: "any", now: due })).toEqual({ state: "closed", clean: false });
  });
});

describe("an answer that refuses the request (an HTTP 4xx)", () => {
  it("closes the breaker when it answers the probe: the vendor is reachable", async () => {
    const connectionId = randomUUID();
    await openCircuit(connectionId);
    const due = T0 + PROBE_MS;
    expect(await enterCircuit({ connectionId, token: "prober", now: due })).toEqual({ state: "probe", openedAt: T0 });
    expect(await recordCircuitResult({ connectionId, result: "answered", token: "prober", now: due })).toBe("closed");
    expect(await enterCircuit({ connectionId, token: "any", now: due })).toEqual({ state: "closed", clean: true });
  });

  it("outside a probe, neither counts nor forgets the failures in a row", async () => {
    const connectionId = randomUUID();
    for (let failure = 1; failure < THRESHOLD; failure += 1) await recordCircuitResult({ connectionId, result: "transient", token: "run", now: T0 });
    expect(await recordCircuitResult({ connectionId, result: "answered", token: "run", now: T0 })).toBeNull();
    expect(await enterCircuit({ connectionId, token: "run", now: T0 })).toEqual({ state: "closed", clean: false });
    expect(await recordCircuitResult({ connectionId, result: "transient", token: "run", now: T0 })).toBe("opened");
  });
});

describe("a breaker this process found healthy", () => {
  it("lets calls through without asking Redis for a second; one opened elsewhere is seen after that second", async () => {
    const connectionId = randomUUID();
    expect(await enterCircuit({ connectionId, token: "run", now: T0 })).toEqual({ state: "closed", clean: true });
    // Another worker process's failures open it (written to Redis directly, as that process would).
    await redis().hset(circuitKeys({ connectionId }).state, { failures: THRESHOLD, openedAt: T0, probeDelayMs: PROBE_MS, probeAt: T0 + 60_000 });
    expect(await enterCircuit({ connectionId, token: "run", now: T0 + 999 })).toEqual({ state: "closed", clean: true });
    expect(await enterCircuit({ connectionId, token: "run", now: T0 + 1_000 })).toMatchObject({ state: "open", openedAt: T0 });
  });

  it("forgets it at the first failure this process sees", async () => {
    const connectionId = randomUUID();
    expect(await enterCircuit({ connectionId, token: "run", now: T0 })).toEqual({ state: "closed", clean: true });
    await recordCircuitResult({ connectionId, result: "transient", token: "run", now: T0 });
    expect(await enterCircuit({ connectionId, token: "run", now: T0 + 1 })).toEqual({ state: "closed", clean: false });
  });

  it("does not trust an answer that was asked for before a failure this process saw", async () => {
    const connectionId = randomUUID();
    // A run's failure is recorded while another run's question to Redis is still on its way.
    forgetHealthy({ connectionId, now: T0 + 10 });
    expect(await enterCircuit({ connectionId, token: "run", now: T0 })).toEqual({ state: "closed", clean: true });
    await redis().hset(circuitKeys({ connectionId }).state, { failures: THRESHOLD, openedAt: T0, probeDelayMs: PROBE_MS, probeAt: T0 + 60_000 });
    expect(await enterCircuit({ connectionId, token: "run", now: T0 + 20 })).toMatchObject({ state: "open", openedAt: T0 });
  });
});
