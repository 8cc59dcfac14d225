import { describe, expect, it } from "vitest";
import { readOutputPath } from "@/lib/catalog/stripe/read-output-path";
import { samples } from "@/lib/catalog/stripe/testing/all-samples";
import { retyped } from "@/lib/catalog/stripe/testing/retyped";
import { triggerInput } from "@/lib/catalog/stripe/testing/trigger-input";
import { withObject } from "@/lib/catalog/stripe/testing/with-object";
import { newDispute } from "@/lib/catalog/stripe/triggers/new-dispute";

const dispute = samples.chargeDisputeCreated;
const expanded = withObject(dispute, { charge: samples.chargeSucceeded.data.object });

describe("New dispute", () => {
  it.each([
    ["a dispute whose charge is an id (as webhooks send it)", dispute, {}, true],
    ["a dispute whose charge is expanded", expanded, {}, true],
    ["an inquiry", withObject(dispute, { status: "warning_needs_response" }), {}, true],
    ["a test dispute, live only", dispute, { mode: "live" }, false],
    ["a live dispute, live only", { ...dispute, livemode: true }, { mode: "live" }, true],
    ["a live dispute, test only", { ...dispute, livemode: true }, { mode: "test" }, false],
    ["the dispute payload as charge.dispute.updated", retyped(dispute, "charge.dispute.updated"), {}, false],
    ["the dispute payload as charge.dispute.closed", retyped(dispute, "charge.dispute.closed"), {}, false],
    ["an event type Stripe may add later", retyped(dispute, "charge.dispute.reopened"), {}, false],
  ])("%s", (_, event, options, expected) => {
    expect(newDispute.matches(event, triggerInput(newDispute, options))).toBe(expected);
  });

  it("offers no customer filter: a dispute carries no customer", () => {
    expect(Object.keys(newDispute.options)).toEqual(["mode"]);
  });

  it("offers the charge as its id, never a path into an expanded charge", () => {
    expect(readOutputPath(dispute, "charge")).toBe("ch_1PgafuB7WZ01zgkWXYmPNZs8");
    expect(newDispute.outputFields.filter((field) => field.path.startsWith("charge."))).toEqual([]);
  });
});
