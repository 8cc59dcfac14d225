import { describe, expect, it } from "vitest";
import { subscriptionCanceled } from "@/lib/catalog/stripe/triggers/subscription-canceled";
import { buildPickerTree, PICKER_LIMITS, type PickerNode } from "@/lib/mapping/build-picker-tree";
import { currencyPaths } from "@/lib/mapping/currency-paths";
import { describeSample } from "@/lib/mapping/describe-sample";
import { translator } from "@/lib/i18n/translator";
import { userMessageValueText, type UserMessageValue } from "@/lib/i18n/user-message";

/** A node's sample as an English viewer reads it. */
const inEnglish = async (sample: UserMessageValue | undefined) =>
  sample === undefined ? undefined : userMessageValueText({ value: sample, t: await translator({ locale: "en" }) });
import { labelForPath } from "@/lib/mapping/label-for-path";
import type { PickerSource } from "@/lib/mapping/picker-source";
import { renderTemplate } from "@/lib/mapping/render-template";
import { sampleContext } from "@/lib/mapping/sample-context";
import { searchPickerTree } from "@/lib/mapping/search-picker-tree";

const event = JSON.parse(JSON.stringify(subscriptionCanceled.sample)) as { data: { object: Record<string, unknown> } } & Record<string, unknown>;
const trigger: PickerSource = {
  root: "trigger",
  label: "1. Stripe: Subscription canceled",
  data: event.data.object,
  fields: subscriptionCanceled.outputFields,
};
const lookup: PickerSource = {
  root: "steps.totals",
  label: "2. Stripe: Customer payment totals",
  data: { totalSpent: 12345, currency: "usd", customer: { email: "jenny@example.com" } },
  fields: [{ path: "totalSpent", label: "Total spent", type: "amount", example: 100 }],
};

function find(nodes: readonly PickerNode[], path: string): PickerNode | undefined {
  for (const node of nodes) {
    if (node.path === path) return node;
    const inner = find(node.children, path);
    if (inner) return inner;
  }
  return undefined;
}

describe("buildPickerTree", () => {
  const [triggerGroup, lookupGroup] = buildPickerTree({ sources: [trigger, lookup] });
  if (!triggerGroup || !lookupGroup) throw new Error("expected two groups");

  it("lists the catalog's fields first, labelled, with their sample values", () => {
    expect(triggerGroup.label).toBe("1. Stripe: Subscription canceled");
    expect(triggerGroup.fields.map((node) => node.path).slice(0, 3)).toEqual(["trigger.id", "trigger.customer", "trigger.status"]);
    expect(find(triggerGroup.fields, "trigger.cancellation_details.reason")).toMatchObject({
      label: "Cancellation reason",
      key: "reason",
      kind: "string",
      sample: '"cancellation_requested"',
      help: expect.stringContaining("payment_failed"),
    });
    expect(find(triggerGroup.fields, "trigger.items.data.0.price.unit_amount")).toMatchObject({ label: "Price amount", kind: "number" });
  });

  it.each([
    { path: "trigger.items.data", kind: "array", sample: "list of 1" },
    { path: "trigger.items.data.0.price.id", kind: "string", sample: '"price_1PgafmB7WZ01zgkW6dKueIc5"' },
    { path: "trigger.cancellation_details", kind: "object", sample: "3 fields" },
    { path: "trigger.metadata.app_user_id", kind: "string", sample: '"user_1042"' },
    { path: "trigger.cancel_at_period_end", kind: "boolean", sample: "true" },
    { path: "trigger.canceled_at", kind: "number" },
    { path: "trigger.application", kind: "null", sample: "null" },
    { path: "steps.totals.customer.email", kind: "string", sample: '"jenny@example.com"' },
  ])("has $path in the sample tree ($kind)", async ({ path, kind, sample }) => {
    const node = find([...triggerGroup.tree, ...lookupGroup.tree], path);
    expect(node).toMatchObject({ kind });
    if (sample) expect(await inEnglish(node?.sample)).toBe(sample);
  });

  it("expands a list through its first item only", () => {
    const items = find(triggerGroup.tree, "trigger.items.data");
    expect(items?.children.map((child) => child.key)).toEqual(["0"]);
  });

  it("labels tree nodes the catalog knows", () => {
    expect(find(triggerGroup.tree, "trigger.status")?.label).toBe("Status");
    expect(find(triggerGroup.tree, "trigger.collection_method")?.label).toBe("collection_method");
  });

  it("shows a catalog field the sample lacks as missing, in the viewer's language", async () => {
    const [group] = buildPickerTree({ sources: [{ ...trigger, data: { id: "sub_1" } }] });
    const node = find(group?.fields ?? [], "trigger.cancellation_details.reason");
    expect(node?.kind).toBe("missing");
    expect(await inEnglish(node?.sample)).toBe("not in the sample");
    expect(userMessageValueText({ value: node?.sample ?? "", t: await translator({ locale: "pt-BR" }) })).toBe("não está no exemplo");
  });

  it("lists the event envelope under trigger.$event when given the whole event", () => {
    const [group] = buildPickerTree({ sources: [{ ...trigger, event }] });
    const envelope = find(group?.tree ?? [], "trigger.$event");
    expect(envelope?.children.map((child) => child.key)).toEqual(expect.arrayContaining(["id", "type", "created"]));
    expect(envelope?.children.map((child) => child.key)).not.toContain("data");
    expect(find(group?.tree ?? [], "trigger.$event.type")?.sample).toBe('"customer.subscription.deleted"');
  });

  it("stays bounded for deep and wide samples", () => {
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 50; i += 1) deep = { next: deep };
    const wide = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));
    const [group] = buildPickerTree({ sources: [{ root: "steps.big", label: "Big", data: { deep, wide } }] });
    const wideNode = find(group?.tree ?? [], "steps.big.wide");
    expect(wideNode?.children).toHaveLength(PICKER_LIMITS.maxKeys);
    let depth = 0;
    let node = find(group?.tree ?? [], "steps.big.deep");
    while (node?.children[0]) {
      node = node.children[0];
      depth += 1;
    }
    expect(depth).toBeLessThan(PICKER_LIMITS.maxDepth);
  });

  it("gives no tree for a sample that is not an object", () => {
    expect(buildPickerTree({ sources: [{ root: "steps.x", label: "X", data: null }] })[0]?.tree).toEqual([]);
  });
});

describe("searchPickerTree", () => {
  const groups = buildPickerTree({ sources: [trigger, lookup] });
  const paths = (query: string) => searchPickerTree({ groups, query }).map((match) => match.node.path);

  it.each([
    { query: "cancellation reason", includes: ["trigger.cancellation_details.reason"] },
    { query: "REASON", includes: ["trigger.cancellation_details.reason"] },
    { query: "price.id", includes: ["trigger.items.data.0.price.id"] },
    { query: "too_expensive", includes: ["trigger.cancellation_details.feedback"] },
    { query: "user_1042", includes: ["trigger.metadata.app_user_id"] },
    { query: "jenny", includes: ["steps.totals.customer.email"] },
    { query: "total spent", includes: ["steps.totals.totalSpent"] },
  ])("finds $query", ({ query, includes }) => {
    expect(paths(query)).toEqual(expect.arrayContaining(includes));
  });

  it("matches every word, not any", () => {
    expect(paths("customer comment")).toEqual(["trigger.cancellation_details.comment"]);
    expect(paths("zzz_nothing")).toEqual([]);
    expect(paths("   ")).toEqual([]);
  });

  it("lists a path once, labelled fields first, and says where it comes from", () => {
    const matches = searchPickerTree({ groups, query: "status" });
    expect(matches[0]?.node).toMatchObject({ path: "trigger.status", label: "Status" });
    expect(matches[0]?.group).toBe("1. Stripe: Subscription canceled");
    const all = matches.map((match) => match.node.path);
    expect(new Set(all).size).toBe(all.length);
  });

  it("puts the field whose label is the query first, even when other fields match every word", () => {
    // "Status" matches too: its sample is "canceled" and "at" is in "status".
    expect(paths("Canceled at")[0]).toBe("trigger.canceled_at");
    expect(paths("reason")[0]).toBe("trigger.cancellation_details.reason");
  });

  it("stops at the limit", () => {
    expect(searchPickerTree({ groups, query: "trigger", limit: 5 })).toHaveLength(5);
  });
});

describe("sampleContext", () => {
  const render = (template: string, sources: PickerSource[]) => renderTemplate({ template, context: sampleContext({ sources }) });

  it.each([
    ["{{trigger.cancellation_details.reason}}", "cancellation_requested"],
    ["{{trigger.items.data.0.price.unit_amount | money:trigger.currency}}", "$20.00"],
    ["{{steps.totals.totalSpent | amount}}", 123.45],
    // Without the whole event, the envelope comes from the $event fields' examples.
    ["{{trigger.$event.type}}", "customer.subscription.deleted"],
  ])("renders %s against the sources", (template, expected) => {
    expect(render(template, [trigger, lookup]).value).toBe(expected);
  });

  it("reads the envelope from the whole event when given", () => {
    expect(render("{{trigger.$event.api_version}}", [{ ...trigger, event }]).value).toBe(event.api_version);
    expect(render("{{trigger.$event.api_version}}", [trigger]).missing).toEqual(["trigger.$event.api_version"]);
  });

  it("reports fields a sample lacks, for the preview's warning", () => {
    expect(render("Plan {{trigger.plan.nickname}}", [trigger])).toMatchObject({ value: "Plan ", missing: ["trigger.plan.nickname"] });
    expect(render("{{steps.later.value}}", [trigger]).missing).toEqual(["steps.later.value"]);
  });
});

describe("labelForPath", () => {
  it.each([
    ["trigger.cancellation_details.reason", "Cancellation reason"],
    ["trigger.$event.id", "Event ID"],
    ["steps.totals.totalSpent", "Total spent"],
    ["trigger.collection_method", undefined],
    ["steps.other.totalSpent", undefined],
  ])("%s → %s", (path, expected) => {
    expect(labelForPath({ path, sources: [trigger, lookup] })).toBe(expected);
  });
});

describe("describeSample", () => {
  it.each<[unknown, string]>([
    [undefined, "not in the sample"],
    [null, "null"],
    ["", '""'],
    ["jenny@example.com", '"jenny@example.com"'],
    [2599, "2599"],
    [true, "true"],
    [[], "empty list"],
    [[1, 2], "list of 2"],
    [{}, "empty"],
    [{ a: 1 }, "1 field"],
    [{ a: 1, b: 2 }, "2 fields"],
    ["x".repeat(200), `"${"x".repeat(78)}…`],
  ])("%j → %s", async (value, expected) => {
    expect(await inEnglish(describeSample({ value }))).toBe(expected);
  });
});

describe("currencyPaths", () => {
  const groups = buildPickerTree({
    sources: [
      { root: "trigger", label: "Trigger", data: { currency: "usd", amount: 100, plan: { amount: 5, currency: "eur" }, note: { currency: 3 } } },
      { root: "steps.totals", label: "Totals", data: { totalSpent: 12345, currency: "jpy" } },
    ],
  });

  it.each([
    ["trigger.amount", ["trigger.currency", "trigger.plan.currency", "steps.totals.currency"]],
    ["trigger.plan.amount", ["trigger.plan.currency", "trigger.currency", "steps.totals.currency"]],
    ["steps.totals.totalSpent", ["steps.totals.currency", "trigger.currency", "trigger.plan.currency"]],
  ])("for %s: %j", (near, expected) => {
    expect(currencyPaths({ groups, near })).toEqual(expected);
  });
});
