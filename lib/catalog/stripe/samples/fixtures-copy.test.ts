import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixturesPath, sharedFixturesPath } from "@/lib/catalog/stripe/samples/fixtures-path";

describe("Stripe fixtures copied into the repo", () => {
  it("are Stripe's: they parse and hold the resources the samples are built from", () => {
    const { resources } = JSON.parse(readFileSync(fixturesPath(), "utf8")) as { resources: Record<string, unknown> };
    for (const name of ["customer", "subscription", "invoice", "charge", "payment_intent", "dispute", "checkout.session", "event"]) {
      expect(resources, name).toHaveProperty([name]);
    }
  });

  it.skipIf(!existsSync(sharedFixturesPath()))("equal the shared vendor data byte for byte", () => {
    expect(readFileSync(fixturesPath(), "utf8")).toBe(readFileSync(sharedFixturesPath(), "utf8"));
  });
});
