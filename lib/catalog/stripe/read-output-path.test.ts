import { describe, expect, it } from "vitest";
import { readOutputPath } from "@/lib/catalog/stripe/read-output-path";
import { samples } from "@/lib/catalog/stripe/testing/all-samples";

const updated = samples.customerSubscriptionUpdated;

describe("readOutputPath", () => {
  it.each([
    ["a top-level field of data.object", "customer", "cus_QXg1o8vcGmoR32"],
    ["an array element by index", "items.data.0.price.id", "price_1PgafmB7WZ01zgkW6dKueIc5"],
    ["a field present as null", "cancel_at", null],
    ["an envelope field", "$event.id", "evt_1SampleSubUpdated0000000"],
    ["previous attributes", "$event.data.previous_attributes.items.data.0.price.id", "price_1SampleStarterMonthly000"],
    ["an index past the end", "items.data.5.price.id", undefined],
    ["a field below a string", "customer.id", undefined],
    ["an inherited property", "metadata.constructor", undefined],
    ["an envelope field without the prefix", "api_version", undefined],
    ["a data.object field with the prefix", "$event.customer", undefined],
  ])("reads %s", (_, path, expected) => {
    expect(readOutputPath(updated, path)).toEqual(expected);
  });
});
