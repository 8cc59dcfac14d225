// Tenant isolation (issue #7): for every server action, route handler and page that takes an id,
// another account naming your records gets "not found" and changes nothing of yours or theirs. The
// table of entry points and answers is test/tenant-isolation/isolation-cases.ts.
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createTenantRecords, type TenantRecords } from "@/test/tenant-isolation/create-tenant-records";
import { exemptEntryPoints, isolationCases, postEvent, type IsolationContext } from "@/test/tenant-isolation/isolation-cases";
import { listEntryPoints } from "@/test/tenant-isolation/list-entry-points";
import { snapshotTenant } from "@/test/tenant-isolation/snapshot-tenant";
import { subscriptionCanceledTemplate } from "@/lib/zaps/templates/subscription-canceled-template";

const session = vi.hoisted(() => ({ user: null as { id: string; sessionId: string } | null }));
vi.mock("@/lib/auth/current-user", () => ({
  currentUser: async () => session.user,
  requireUser: async () => {
    if (!session.user) throw new Error("signed out: the test forgot to choose who calls");
    return session.user;
  },
}));
// Server actions revalidate pages, which needs a Next.js request; there is none here.
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/cache")>()), revalidatePath: () => undefined }));
// The request's language reads its cookies and headers, which need one too: the calls run in English.
vi.mock("@/lib/i18n/request-locale", () => ({ requestLocale: async () => "en" }));

// Stripe, Customer.io and Conduit's own webhook URL point at a closed port: a call that used the
// wrong account's connection fails fast with a different answer, and nothing leaves the machine.
await vi.hoisted(async () => {
  const { closedPort } = await import("@/test/closed-port");
  const nowhere = `http://127.0.0.1:${await closedPort()}`;
  Object.assign(process.env, { STRIPE_API_BASE: nowhere, CUSTOMERIO_TRACK_URL: nowhere, CUSTOMERIO_APP_URL: nowhere, APP_URL: nowhere });
});

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const alice = await createTenantRecords({ label: "alice" });
const bob = await createTenantRecords({ label: "bob" });
const context: IsolationContext = { caller: bob, target: alice, crossZapId: "" };

/** The records' owner is the signed-in user of the next calls. */
const signIn = (records: TenantRecords) => {
  session.user = { id: records.userId, sessionId: records.sessionId };
};

beforeEach(() => {
  session.user = null;
});

describe("tenant isolation", () => {
  beforeAll(async () => {
    // Bob opens a template, then saves it with Alice's connection ids pasted in (a crafted request).
    signIn(bob);
    const { saveDraft } = await import("@/app/(dashboard)/zaps/[id]/actions");
    const created = { zapId: randomUUID() };
    const { trigger, filter, steps } = subscriptionCanceledTemplate.definition;
    const definition = {
      trigger: trigger && { ...trigger, connectionId: alice.stripeId },
      filter,
      steps: steps.map((step) => ({ ...step, connectionId: alice.customerioId })),
    };
    const saved = await saveDraft({ zapId: created.zapId, name: "Crossed", definition, create: true });
    // It saves (drafts may be incomplete), but as if no connection were chosen.
    expect(saved).toMatchObject({ ok: true, problems: expect.arrayContaining([{ where: "trigger", message: "Choose a Stripe connection." }]) });
    context.crossZapId = created.zapId;
  });

  it.each(isolationCases)("$name ($entry): another account gets not found, and nothing changes", async (row) => {
    const before = { alice: await snapshotTenant({ userId: alice.userId }), bob: await snapshotTenant({ userId: bob.userId }) };
    signIn(bob);
    expect(await row.call(context)).toEqual(row.expected);
    expect(await snapshotTenant({ userId: alice.userId })).toEqual(before.alice);
    if (row.mayChange !== "caller") expect(await snapshotTenant({ userId: bob.userId })).toEqual(before.bob);
  });

  it.each(isolationCases.filter((row) => row.control !== false))("$name ($entry): the owner gets something else than not found", async (row) => {
    const carol = await createTenantRecords({ label: "carol" });
    signIn(carol);
    expect(await row.call({ caller: carol, target: carol, crossZapId: "" })).not.toEqual(row.expected);
  });

  it("lists every action, route and id page, either in the table or exempt with a reason", async () => {
    const found = await listEntryPoints({ root: ROOT });
    const covered = new Set([...isolationCases.map((row) => row.entry), ...Object.keys(exemptEntryPoints)]);
    const missing = found.filter((entry) => !covered.has(entry));
    expect(missing, "add these entry points to isolationCases (or to exemptEntryPoints, saying why they take no id)").toEqual([]);
    const stale = [...covered].filter((entry) => !found.includes(entry));
    expect(stale, "these entries of the isolation table no longer exist").toEqual([]);
    // The listing itself works: it sees actions, routes and pages.
    expect(found).toEqual(
      expect.arrayContaining(["app/(dashboard)/zaps/actions.ts#rename", "app/api/runs/[id]/route.ts#GET", "app/(dashboard)/runs/[id]/page.tsx"]),
    );
  });

  it("never runs a step with another account's connection, even from a draft that names it", async () => {
    const { executeRun } = await import("@/lib/runs/execute-run");
    const { draft } = await db.zap.findUniqueOrThrow({ where: { id: context.crossZapId }, select: { draft: true } });
    const run = await db.run.create({
      data: { zapId: context.crossZapId, eventId: bob.eventId, isTest: true, draftDefinition: draft ?? {} },
      select: { id: true },
    });
    const before = await snapshotTenant({ userId: alice.userId });
    expect(await executeRun({ runId: run.id, isLastAttempt: false })).toEqual({ outcome: "failed" });
    expect(await db.run.findUniqueOrThrow({ where: { id: run.id }, select: { error: true } })).toEqual({
      error: expect.stringContaining("The step's connection was deleted"),
    });
    // Failed before any request: nothing went to Alice's Customer.io workspace.
    expect(await db.runStep.findMany({ where: { runId: run.id }, select: { status: true, request: true } })).toEqual([{ status: "FAILED", request: null }]);
    expect(await snapshotTenant({ userId: alice.userId })).toEqual(before);
  });

  it("starts no run of another account's zap, even one whose published trigger names the connection", async () => {
    // Publishing refuses such a zap; this one is written straight to the database.
    const { draft } = await db.zap.findUniqueOrThrow({ where: { id: alice.zapId }, select: { draft: true } });
    const intruder = await db.zap.create({ data: { userId: bob.userId, name: "Listens to Alice", enabled: true, draft: draft ?? {} }, select: { id: true } });
    const version = await db.zapVersion.create({ data: { zapId: intruder.id, number: 1, definition: draft ?? {} }, select: { id: true } });
    await db.zap.update({ where: { id: intruder.id }, data: { publishedVersionId: version.id } });
    const bobBefore = await snapshotTenant({ userId: bob.userId });

    expect(await postEvent({ connectionId: alice.stripeId, secret: alice.signingSecret })).toMatchObject({ status: 200, body: { runs: 1 } });
    expect(await snapshotTenant({ userId: bob.userId })).toEqual(bobBefore);
    await db.zap.update({ where: { id: intruder.id }, data: { enabled: false, deletedAt: new Date() } });
  });

  it("leaves the other account's records where they were after all of it", async () => {
    const zap = await db.zap.findUniqueOrThrow({ where: { id: alice.zapId }, select: { name: true, enabled: true, deletedAt: true } });
    expect(zap).toEqual({ name: "alice zap", enabled: true, deletedAt: null });
    expect(await db.connection.count({ where: { userId: alice.userId } })).toBe(2);
    // Her two runs, and the one her own event started above.
    expect(await db.run.count({ where: { zap: { userId: alice.userId } } })).toBe(3);
  });
});
