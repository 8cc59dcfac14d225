import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createZap } from "@/lib/zaps/create-zap";
import { publishZap } from "@/lib/zaps/publish-zap";
import type { ZapDefinition } from "@/lib/zaps/schema";

async function world() {
  const user = await db.user.create({ data: { email: `zap-${randomUUID()}@example.com`, passwordHash: "not-used" } });
  const connection = (app: string, status: "ACTIVE" | "ERROR" = "ACTIVE") =>
    db.connection.create({ data: { userId: user.id, app, label: `${app} test`, status, secretsKeyId: "test", secretsCiphertext: "not-used" } });
  const [stripe, customerio, broken] = await Promise.all([connection("stripe"), connection("customerio"), connection("customerio", "ERROR")]);
  const definition = (overrides: Partial<ZapDefinition> = {}): ZapDefinition => ({
    trigger: { app: "stripe", key: "subscription_canceled", connectionId: stripe.id, options: {} },
    filter: null,
    steps: [
      {
        id: "person",
        app: "customerio",
        key: "identify_person",
        connectionId: customerio.id,
        inputs: { personId: "{{trigger.customer}}", attributes: [{ key: "status", value: "{{trigger.status}}" }] },
      },
    ],
    ...overrides,
  });
  return { user, stripe, customerio, broken, definition };
}

describe("publishZap", () => {
  it("says how the trigger's events will arrive: by webhook, or by Conduit reading Stripe's Events API", async () => {
    const { user, stripe, definition } = await world();
    const zap = await createZap({ userId: user.id, input: { name: "Cancellations", definition: definition() } });
    const manual = { accountId: "acct_test", accountName: "Test", livemode: false, keyLast4: "4242" };
    await db.connection.update({ where: { id: stripe.id }, data: { config: { ...manual, webhook: { mode: "manual", signingSecretLast4: null } } } });
    expect(await publishZap({ userId: user.id, zapId: zap.id, verifyConnections: false })).toMatchObject({
      ok: true,
      intake: "Conduit checks Stripe for new events every 5 s (no webhook needed).",
    });
    await db.connection.update({ where: { id: stripe.id }, data: { config: { ...manual, webhook: { mode: "managed", endpointId: "we_1" } } } });
    await db.zap.update({ where: { id: zap.id }, data: { draft: { ...definition(), filter: { groups: [] } } } });
    expect(await publishZap({ userId: user.id, zapId: zap.id, verifyConnections: false })).toMatchObject({
      ok: true,
      intake: "Stripe sends each new event to Conduit's webhook as it happens.",
    });
  });

  it("freezes the draft as version 1, then 2, and turns the zap on", async () => {
    const { user, definition } = await world();
    const zap = await createZap({ userId: user.id, input: { name: "Cancellations", definition: definition() } });
    const first = await publishZap({ userId: user.id, zapId: zap.id, verifyConnections: false });
    expect(first).toMatchObject({ ok: true, number: 1 });
    await db.zap.update({ where: { id: zap.id }, data: { draft: { ...definition(), filter: { groups: [] } } } });
    const second = await publishZap({ userId: user.id, zapId: zap.id, verifyConnections: false });
    expect(second).toMatchObject({ ok: true, number: 2 });
    const stored = await db.zap.findUniqueOrThrow({ where: { id: zap.id }, include: { versions: { orderBy: { number: "asc" } } } });
    expect(stored.enabled).toBe(true);
    expect(stored.versions.map((version) => version.number)).toEqual([1, 2]);
    expect(second.ok && stored.publishedVersionId === second.versionId).toBe(true);
  });

  it("numbers versions without gaps or clashes when published twice at once", async () => {
    const { user, definition } = await world();
    const zap = await createZap({ userId: user.id, input: { name: "Race", definition: definition() } });
    const results = await Promise.all([
      publishZap({ userId: user.id, zapId: zap.id, verifyConnections: false }),
      publishZap({ userId: user.id, zapId: zap.id, verifyConnections: false }),
    ]);
    expect(results.map((result) => (result.ok ? result.number : 0)).sort()).toEqual([1, 2]);
  });

  it.each([
    ["no trigger", (d: ZapDefinition) => ({ ...d, trigger: null }), { where: "trigger", message: "Choose the Stripe event that starts this zap." }],
    ["no steps", (d: ZapDefinition) => ({ ...d, steps: [] }), { where: "steps", message: "Add at least one action." }],
    [
      "a required field unmapped",
      (d: ZapDefinition) => ({ ...d, steps: d.steps.map((s) => ({ ...s, inputs: { personId: "  " } })) }),
      { where: "person", message: "Person ID or email is required: type a value or pick a field." },
    ],
    [
      "a broken template",
      (d: ZapDefinition) => ({ ...d, steps: d.steps.map((s) => ({ ...s, inputs: { personId: "{{trigger.customer" } })) }),
      { where: "person", message: expect.stringContaining("is not closed") },
    ],
    [
      "a later step's output",
      (d: ZapDefinition) => ({ ...d, steps: d.steps.map((s) => ({ ...s, inputs: { personId: "{{steps.later.id}}" } })) }),
      { where: "person", message: expect.stringContaining("does not come before this one (later)") },
    ],
    [
      "an unknown formatter",
      (d: ZapDefinition) => ({ ...d, steps: d.steps.map((s) => ({ ...s, inputs: { personId: "{{trigger.customer | shout}}" } })) }),
      { where: "person", message: 'Person ID or email: There is no formatter called "shout".' },
    ],
    [
      "a broken filter value",
      (d: ZapDefinition) => ({ ...d, filter: { groups: [{ rules: [{ field: "trigger.status", operator: "equals" as const, value: "{{ unclosed" }] }] } }),
      { where: "filter", message: expect.stringMatching(/^Filter group 1, rule 1: .*not closed/) },
    ],
    [
      "an unknown trigger",
      (d: ZapDefinition) => ({ ...d, trigger: d.trigger && { ...d.trigger, key: "made_up" } }),
      { where: "trigger", message: 'The trigger "made_up" no longer exists: choose another.' },
    ],
  ])("refuses %s, pointing at the step", async (_name, change, problem) => {
    const { user, definition } = await world();
    const zap = await createZap({ userId: user.id, input: { name: "Invalid", definition: change(definition()) } });
    const result = await publishZap({ userId: user.id, zapId: zap.id, verifyConnections: false });
    expect(result).toEqual({ ok: false, problems: expect.arrayContaining([problem]) });
    expect(await db.zapVersion.count({ where: { zapId: zap.id } })).toBe(0);
    expect((await db.zap.findUniqueOrThrow({ where: { id: zap.id } })).enabled).toBe(false);
  });

  it("refuses a broken connection, another user's connection, and a connection of the wrong app", async () => {
    const { user, broken, stripe, definition } = await world();
    const other = await world();
    const zap = await createZap({
      userId: user.id,
      input: {
        name: "Connections",
        definition: {
          ...definition(),
          trigger: { app: "stripe", key: "subscription_canceled", connectionId: other.stripe.id, options: {} },
          steps: [
            { id: "a", app: "customerio", key: "delete_person", connectionId: broken.id, inputs: { personId: "x" } },
            { id: "b", app: "customerio", key: "delete_person", connectionId: stripe.id, inputs: { personId: "x" } },
          ],
        },
      },
    });
    const result = await publishZap({ userId: user.id, zapId: zap.id, verifyConnections: false });
    expect(result).toEqual({
      ok: false,
      problems: [
        { where: "trigger", message: "Choose a Stripe connection." },
        { where: "a", message: 'The connection "customerio test" is not working: fix it on the Connections page.' },
        { where: "b", message: '"stripe test" is not a Customer.io connection.' },
      ],
    });
  });

  it("treats another user's zap as missing", async () => {
    const { user, definition } = await world();
    const zap = await createZap({ userId: user.id, input: { name: "Mine", definition: definition() } });
    const stranger = await world();
    expect(await publishZap({ userId: stranger.user.id, zapId: zap.id, verifyConnections: false })).toEqual({
      ok: false,
      problems: [{ where: "zap", message: "This zap does not exist." }],
    });
  });
});
