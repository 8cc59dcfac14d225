// Property tests of the public webhook route: whatever is thrown at it, only a correctly signed,
// fresh Stripe event is stored; everything else gets a 400 or 413 with a JSON error, never a 5xx.
// Runs are reproducible: the seed is fixed (FUZZ_SEED overrides it) and fast-check prints the seed
// and the failing case's path on failure.
import { createHmac, randomUUID } from "node:crypto";
import fc from "fast-check";
import Stripe from "stripe";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/webhooks/stripe/[connectionId]/route";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { db } from "@/lib/db";
import { VALUE_LIMITS } from "@/lib/mapping/find-value-problem";
import { createPublishedZap } from "@/test/create-published-zap";
import { WEBHOOK_MAX_BYTES, WEBHOOK_TOLERANCE_SECONDS } from "@/lib/catalog/stripe/webhook/receive-stripe-webhook";

const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const runs = (numRuns: number) => ({ seed: SEED, numRuns });

const SECRET = "whsec_fuzz_conduit_signing_secret_0001";
const OTHER_SECRET = "whsec_fuzz_someone_else_secret_00002";

interface World {
  stripeId: string;
  customerioId: string;
  userId: string;
}

async function world(signingSecret = SECRET): Promise<World> {
  const zap = await createPublishedZap({
    signingSecret,
    customerio: { siteId: "site", trackApiKey: "track-key" },
    steps: (customerioId) => [
      { id: "person", app: "customerio", key: "delete_person", connectionId: customerioId, inputs: { personId: "{{trigger.customer}}" } },
    ],
  });
  return { stripeId: zap.stripeId, customerioId: zap.customerioId, userId: zap.userId };
}

const now = () => Math.floor(Date.now() / 1000);
const newEventId = () => `evt_${randomUUID().replaceAll("-", "")}`;
const samplePayload = (id = newEventId()) => JSON.stringify({ ...subscriptionDeleted, id });
const sign = (payload: string, { secret = SECRET, timestamp = now(), scheme }: { secret?: string; timestamp?: number; scheme?: string } = {}) =>
  Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp, ...(scheme ? { scheme } : {}) });

// Every status the route answered in this file, so a 5xx anywhere fails the run even if a property missed it.
const statuses: number[] = [];

async function post({
  connectionId,
  body,
  signature,
  headers = {},
}: {
  connectionId: string;
  body: string | Uint8Array | ReadableStream<Uint8Array> | null;
  signature: string | null;
  headers?: Record<string, string>;
}): Promise<{ status: number; body: Record<string, unknown> }> {
  // The handler reads the id from params (as Next passes it), not from the URL.
  const request = new Request("http://localhost/api/webhooks/stripe/fuzz", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...(signature === null ? {} : { "stripe-signature": signature }), ...headers },
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  const response = await POST(request, { params: Promise.resolve({ connectionId }) });
  statuses.push(response.status);
  expect(response.status, "no request may produce a 5xx").toBeLessThan(500);
  expect(response.headers.get("content-type")).toMatch(/application\/json/);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function expectRefused(answer: { status: number; body: Record<string, unknown> }, allowed: number[] = [400, 413]) {
  expect(allowed).toContain(answer.status);
  expect(typeof answer.body.error).toBe("string");
  expect(String(answer.body.error).length).toBeGreaterThan(10);
}

const stored = async ({ stripeId }: World) => ({
  events: await db.stripeEvent.count({ where: { connectionId: stripeId } }),
  runs: await db.run.count({ where: { event: { connectionId: stripeId } } }),
});

// ——— arbitraries ———

const hex = (length: number) => fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: length, maxLength: length });

/** A correctly signed sample event, as captured on the wire. */
const capturedEvent = () => {
  const payload = samplePayload();
  return { payload, signature: sign(payload) };
};

/** Bytes that are anything but a correctly signed event. */
const bodyArbitrary = fc.oneof(
  fc.string({ unit: "binary", maxLength: 2_000 }),
  fc.uint8Array({ maxLength: 2_000 }),
  fc.json({ maxDepth: 4 }),
  fc.constant(""),
  fc.constant("{}"),
  fc.constant("null"),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify({ ...subscriptionDeleted, id: newEventId(), data: { object: value } })),
  // A valid event cut short.
  fc.nat().map((cut) => {
    const payload = samplePayload();
    return payload.slice(0, cut % payload.length);
  }),
  // A valid event with one to eight bytes changed (XOR with a non-zero byte: never the original).
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits) => {
    const bytes = new TextEncoder().encode(samplePayload());
    for (const [at, flip] of edits) bytes[at % bytes.length] = (bytes[at % bytes.length] ?? 0) ^ flip;
    return bytes;
  }),
);

const headerArbitrary = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  // Any ASCII an HTTP header can carry (no NUL, CR or LF).
  fc.string({ unit: "binary-ascii", maxLength: 300 }).map((text) => text.replace(/[\0\r\n]/g, "")),
  fc.tuple(fc.integer(), hex(64)).map(([t, v1]) => `t=${t},v1=${v1}`),
  fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 80 })).map(([t, v1]) => `t=${t},v1=${v1}`),
  hex(64).map((v1) => `t=${now()},v1=${v1}`),
  // A real signature, but for other bytes or with another secret, or damaged.
  fc.constant(null).map(() => capturedEvent().signature),
  fc.constant(null).map(() => sign(samplePayload(), { secret: OTHER_SECRET })),
  fc.nat().map((at) => {
    const signature = capturedEvent().signature;
    const index = signature.indexOf("v1=") + 3 + (at % 64);
    return `${signature.slice(0, index)}${signature[index] === "0" ? "1" : "0"}${signature.slice(index + 1)}`;
  }),
  fc.constant(`t=${"9".repeat(5_000)},v1=${"a".repeat(64)}`),
);

// Ids and types Stripe could send, and data objects of any shape PostgreSQL can store.
const eventIdArbitrary = fc
  .string({ unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), minLength: 1, maxLength: 60 })
  .map((rest) => `evt_${rest}`);
const eventTypeArbitrary = fc.oneof(
  fc.constantFrom("customer.subscription.deleted", "customer.subscription.created", "invoice.payment_failed", "checkout.session.completed", "charge.refunded"),
  fc
    .array(fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz_"), minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.join(".")),
);
const dataObjectArbitrary = fc.oneof(
  fc.constant(subscriptionDeleted.data.object),
  fc.dictionary(fc.string({ unit: "grapheme", maxLength: 20 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 20 }),
);

describe("POST /api/webhooks/stripe/[connectionId] under fuzzing", () => {
  let target: World;
  let receiver: World;

  beforeAll(async () => {
    [target, receiver] = await Promise.all([world(), world()]);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  afterAll(() => {
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
  });

  it("answers 400 or 413 with a JSON error to random, truncated and mutated bodies and headers, and stores nothing", async () => {
    const reasons = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        bodyArbitrary,
        headerArbitrary,
        fc.option(fc.oneof(fc.nat().map(String), fc.string({ maxLength: 12 })), { nil: undefined }),
        async (body, signature, contentLength) => {
          const answer = await post({
            connectionId: target.stripeId,
            body,
            signature,
            headers: contentLength === undefined ? {} : { "content-length": contentLength },
          });
          expectRefused(answer);
          reasons.add(String(answer.body.error).split(/[:;(]/)[0] ?? "");
        },
      ),
      runs(400),
    );
    expect(await stored(target)).toEqual({ events: 0, runs: 0 });
    // The generators reach every kind of refusal, not just the first check.
    expect([...reasons].sort()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/header is missing/),
        expect.stringMatching(/header is malformed/),
        expect.stringMatching(/does not match/),
        expect.stringMatching(/larger than/),
      ]),
    );
  });

  it("refuses a correctly signed event changed after signing, however slightly", async () => {
    const mutations: fc.Arbitrary<(payload: string) => string> = fc.oneof(
      fc.constant((payload: string) => `${payload}\n`),
      fc.constant((payload: string) => ` ${payload}`),
      fc.constant((payload: string) => `\uFEFF${payload}`),
      fc.constant((payload: string) => JSON.stringify(JSON.parse(payload), null, 2)),
      fc.constant((payload: string) => payload.replace('"canceled"', '"active"')),
      fc.constant((payload: string) => payload.replace(/"livemode":\s*false/, '"livemode": true')),
      fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), fc.jsonValue({ maxDepth: 2 })).map(([key, value]) => (payload: string) => {
        const event = JSON.parse(payload) as { data: { object: Record<string, unknown> } };
        event.data.object[`x_${key}`] = value;
        return JSON.stringify(event);
      }),
      eventIdArbitrary.map((id) => (payload: string) => JSON.stringify({ ...(JSON.parse(payload) as object), id })),
    );
    await fc.assert(
      fc.asyncProperty(mutations, async (mutate) => {
        const { payload, signature } = capturedEvent();
        const answer = await post({ connectionId: target.stripeId, body: mutate(payload), signature });
        expectRefused(answer, [400]);
        expect(answer.body.error).toMatch(/does not match/);
      }),
      runs(200),
    );
    expect(await stored(target)).toEqual({ events: 0, runs: 0 });
  });

  it("stores each correctly signed, fresh event exactly once, whatever its id, type and data", async () => {
    await fc.assert(
      fc.asyncProperty(
        eventIdArbitrary,
        eventTypeArbitrary,
        dataObjectArbitrary,
        fc.integer({ min: -WEBHOOK_TOLERANCE_SECONDS + 5, max: WEBHOOK_TOLERANCE_SECONDS - 5 }),
        async (id, type, object, skew) => {
          const stripeEventId = `${id}_${randomUUID().slice(0, 8)}`;
          const payload = JSON.stringify({ ...subscriptionDeleted, id: stripeEventId, type, data: { object } });
          const signature = sign(payload, { timestamp: now() + skew });
          const first = await post({ connectionId: receiver.stripeId, body: payload, signature });
          expect(first).toMatchObject({ status: 200, body: { received: true, duplicate: false } });
          const again = await post({ connectionId: receiver.stripeId, body: payload, signature });
          expect(again).toEqual({ status: 200, body: { received: true, duplicate: true, runs: 0 } });
          const rows = await db.stripeEvent.findMany({
            where: { connectionId: receiver.stripeId, stripeEventId },
            select: { type: true, _count: { select: { runs: true } } },
          });
          expect(rows).toEqual([{ type, _count: { runs: first.body.runs } }]);
        },
      ),
      runs(60),
    );
  });

  it("accepts a header with several v1 signatures when one matches, and refuses v0-only and all-wrong headers", async () => {
    const { payload, signature } = capturedEvent();
    const [timestamp, v1] = signature.split(",");
    const v0Only = `${timestamp},v0=${v1?.slice(3)}`;
    for (const header of [v0Only, `${timestamp},v1=${"0".repeat(64)},v1=${"f".repeat(64)}`, `${timestamp}`, `${v1}`, `${timestamp},V1=${v1?.slice(3)}`]) {
      const answer = await post({ connectionId: receiver.stripeId, body: payload, signature: header });
      expectRefused(answer, [400]);
    }
    expect(await db.stripeEvent.count({ where: { connectionId: receiver.stripeId, stripeEventId: JSON.parse(payload).id } })).toBe(0);
    const rotated = `${timestamp},v1=${"0".repeat(64)},${v1},v0=${"1".repeat(64)}`;
    expect(await post({ connectionId: receiver.stripeId, body: payload, signature: rotated })).toMatchObject({ status: 200, body: { duplicate: false } });
  });

  it("refuses a captured request replayed after the tolerance window, and one signed far in the future", async () => {
    // The same bytes Stripe sent: accepted once when fresh, refused when replayed 301 s or more later.
    const captured = capturedEvent();
    expect(await post({ connectionId: receiver.stripeId, body: captured.payload, signature: captured.signature })).toMatchObject({ status: 200 });
    const before = await stored(receiver);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: WEBHOOK_TOLERANCE_SECONDS + 1, max: 10 * 365 * 86_400 }), async (delay) => {
        vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + delay * 1000 });
        const replay = await post({ connectionId: receiver.stripeId, body: captured.payload, signature: captured.signature });
        vi.useRealTimers();
        expectRefused(replay, [400]);
        expect(replay.body.error).toMatch(/too old/);
        // Never delivered before, signed that long ago: the same answer, and nothing stored.
        const old = capturedEvent();
        const late = await post({ connectionId: receiver.stripeId, body: old.payload, signature: sign(old.payload, { timestamp: now() - delay }) });
        expectRefused(late, [400]);
        expect(late.body.error).toMatch(/too old/);
        const early = await post({ connectionId: receiver.stripeId, body: old.payload, signature: sign(old.payload, { timestamp: now() + delay }) });
        expectRefused(early, [400]);
        expect(early.body.error).toMatch(/in the future/);
      }),
      runs(100),
    );
    expect(await stored(receiver)).toEqual(before);
  });

  it("refuses a signed header whose timestamp is not a number", async () => {
    const { payload } = capturedEvent();
    // Stripe's SDK reads "t=abc" as NaN, and NaN is never older than the tolerance.
    const signature = `t=abc,v1=${Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET, timestamp: now() }).split("v1=")[1]}`;
    const hmac = createHmac("sha256", SECRET).update(`NaN.${payload}`).digest("hex");
    for (const header of [signature, `t=abc,v1=${hmac}`])
      expectRefused(await post({ connectionId: receiver.stripeId, body: payload, signature: header }), [400]);
    expect(await db.stripeEvent.count({ where: { connectionId: receiver.stripeId, stripeEventId: JSON.parse(payload).id } })).toBe(0);
  });

  it("refuses bodies over 1 MiB with 413, whatever the Content-Length says, and accepts one of exactly 1 MiB", async () => {
    const padded = (size: number) => {
      const event = { ...subscriptionDeleted, id: newEventId(), padding: "" };
      const base = Buffer.byteLength(JSON.stringify(event));
      return JSON.stringify({ ...event, padding: "x".repeat(size - base) });
    };
    const big = padded(WEBHOOK_MAX_BYTES + 1);
    expect(Buffer.byteLength(big)).toBe(WEBHOOK_MAX_BYTES + 1);
    const chunked = (text: string) => {
      const bytes = new TextEncoder().encode(text);
      let at = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (at >= bytes.length) return controller.close();
          controller.enqueue(bytes.slice(at, at + 64 * 1024));
          at += 64 * 1024;
        },
      });
    };
    for (const [body, headers] of [
      [big, {}],
      [big, { "content-length": "10" }],
      [big, { "content-length": "not a number" }],
      [chunked(big), {}],
      [chunked(big + " ".repeat(WEBHOOK_MAX_BYTES)), { "content-length": "2" }],
      ["{}", { "content-length": String(WEBHOOK_MAX_BYTES + 1) }],
    ] as const) {
      const answer = await post({ connectionId: receiver.stripeId, body, signature: sign(typeof body === "string" ? body : big), headers });
      expectRefused(answer, [413]);
      expect(answer.body.error).toMatch(/larger than/);
    }
    const exact = padded(WEBHOOK_MAX_BYTES);
    expect(Buffer.byteLength(exact)).toBe(WEBHOOK_MAX_BYTES);
    expect(await post({ connectionId: receiver.stripeId, body: chunked(exact), signature: sign(exact) })).toMatchObject({ status: 200 });
    expect(await db.stripeEvent.count({ where: { connectionId: receiver.stripeId, stripeEventId: JSON.parse(big).id } })).toBe(0);
  });

  it("refuses random connection ids, other apps' and other users' connections, and connections without a secret", async () => {
    const noSecret = await world("");
    const other = await world(OTHER_SECRET);
    const idArbitrary = fc.oneof(
      fc.string({ unit: "binary", maxLength: 100 }),
      fc.uuid(),
      fc.constantFrom(
        target.customerioId,
        other.stripeId,
        noSecret.stripeId,
        `${target.stripeId} `,
        target.stripeId.toUpperCase().replace(/.$/, "g"),
        "../../../etc/passwd",
        "%00",
        "x".repeat(10_000),
      ),
    );
    await fc.assert(
      fc.asyncProperty(idArbitrary, async (connectionId) => {
        const { payload, signature } = capturedEvent();
        expectRefused(await post({ connectionId, body: payload, signature }), [400]);
      }),
      runs(200),
    );
    // Signed with the empty secret, or with the other user's secret, for a connection without one.
    const { payload } = capturedEvent();
    for (const secret of ["", OTHER_SECRET]) {
      const answer = await post({ connectionId: noSecret.stripeId, body: payload, signature: sign(payload, { secret }) });
      expect(answer).toEqual({ status: 400, body: { error: "This connection has no signing secret yet: add it on Conduit's Connections page." } });
    }
    const emptySigned = await post({ connectionId: target.stripeId, body: payload, signature: sign(payload, { secret: "" }) });
    expectRefused(emptySigned, [400]);
    for (const world of [noSecret, other, target]) expect(await stored(world)).toEqual({ events: 0, runs: 0 });
  });

  it("refuses signed events PostgreSQL cannot store with a 400 that says where, instead of failing with a 5xx", async () => {
    const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
    const cases: [string, RegExp][] = [
      ['{"note":"a\\u0000b"}', /NUL character.*at data\.object\.note/],
      ['{"a\\u0000":"1"}', /NUL character.*at data\.object\.a\uFFFD/],
      ['{"note":"\\ud800"}', /unpaired surrogate.*at data\.object\.note/],
      ['{"note":"\\udc00 tail"}', /unpaired surrogate/],
      [`{"deep":${nested(VALUE_LIMITS.maxDepth)}}`, /nested more than 100 levels deep/],
      [`{"deep":${nested(10_000)}}`, /nested more than 100 levels deep/],
      [`{"deep":${nested(200_000)}}`, /nested more than 100 levels deep/],
    ];
    for (const [object, message] of cases) {
      const id = newEventId();
      const payload = `{"id":"${id}","object":"event","type":"customer.subscription.deleted","livemode":false,"created":1,"data":{"object":${object}}}`;
      const answer = await post({ connectionId: receiver.stripeId, body: payload, signature: sign(payload) });
      expectRefused(answer, [400]);
      expect(answer.body.error).toMatch(message);
      expect(await db.stripeEvent.count({ where: { connectionId: receiver.stripeId, stripeEventId: id } })).toBe(0);
    }
    // Deep but within the limit, and emoji (a surrogate pair), are stored.
    for (const object of [`{"deep":${nested(VALUE_LIMITS.maxDepth - 3)}}`, '{"note":"\\ud83d\\ude00 ok"}']) {
      const payload = `{"id":"${newEventId()}","object":"event","type":"x.y","livemode":false,"created":1,"data":{"object":${object}}}`;
      expect(await post({ connectionId: receiver.stripeId, body: payload, signature: sign(payload) })).toMatchObject({ status: 200 });
    }
  });
});
