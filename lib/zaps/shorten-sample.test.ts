import { describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { shortenSample } from "@/lib/zaps/shorten-sample";

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

describe("shortenSample", () => {
  it("leaves an event that fits as it is", () => {
    expect(shortenSample({ value: subscriptionDeleted })).toEqual({ value: subscriptionDeleted, shortened: false });
  });

  it("cuts long texts and lists of a big event until it fits, keeping its shape", () => {
    const big = {
      ...subscriptionDeleted,
      data: {
        object: {
          ...subscriptionDeleted.data.object,
          metadata: { note: "x".repeat(500_000) },
          items: { data: Array.from({ length: 5_000 }, (_, index) => ({ id: `si_${index}` })) },
        },
      },
    };
    const { value, shortened } = shortenSample({ value: big, maxBytes: 64 * 1024 });
    expect(shortened).toBe(true);
    expect(bytes(value)).toBeLessThanOrEqual(64 * 1024);
    const object = (value as typeof big).data.object;
    expect(object.customer).toBe(subscriptionDeleted.data.object.customer);
    expect(object.metadata.note).toMatch(/^x+…$/);
    expect(object.items.data[0]).toEqual({ id: "si_0" });
  });

  it("gives null when even the shortest cut does not fit", () => {
    const wide = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`key_${index}`, "y".repeat(1_000)]));
    expect(shortenSample({ value: wide, maxBytes: 100 })).toEqual({ value: null, shortened: true });
  });
});
