// The notification routes the header badge and the zap banner call: session-checked and scoped to
// the signed-in user.
import { describe, expect, it, vi, beforeEach } from "vitest";
import { db } from "@/lib/db";
import { createOwnedRecords } from "@/test/create-owned-records";

const session = vi.hoisted(() => ({ user: null as { id: string } | null }));
vi.mock("@/lib/auth/current-user", () => ({ currentUser: async () => session.user }));
vi.mock("@/lib/i18n/request-locale", () => ({ requestLocale: async () => "en" }));

const { GET: badgeRoute } = await import("@/app/api/notifications/failed-runs/route");
const { POST: seenRoute } = await import("@/app/api/notifications/failed-runs/seen/route");
const { GET: zapRoute } = await import("@/app/api/notifications/zaps/[id]/route");
const { POST: dismissRoute } = await import("@/app/api/notifications/zaps/[id]/dismiss/route");

const alice = await createOwnedRecords({ label: "alice" });
const bob = await createOwnedRecords({ label: "bob" });
await db.run.update({ where: { id: alice.run.id }, data: { status: "FAILED", finishedAt: new Date(), error: "Step 1 failed: 401" } });

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const badge = async () => (await badgeRoute()).json() as Promise<{ count: number }>;
const bannerResponse = (id: string) => zapRoute(new Request(`http://conduit.test/api/notifications/zaps/${id}`), params(id));
const banner = async (id: string) => (await bannerResponse(id)).json() as Promise<{ failures: unknown }>;

beforeEach(() => {
  session.user = null;
});

describe("notification routes", () => {
  it("answer 401 when signed out", async () => {
    expect((await badgeRoute()).status).toBe(401);
    expect((await seenRoute()).status).toBe(401);
    expect((await zapRoute(new Request("http://conduit.test"), params(alice.zap.id))).status).toBe(401);
    expect((await dismissRoute(new Request("http://conduit.test", { method: "POST" }), params(alice.zap.id))).status).toBe(401);
  });

  it("count the signed-in user's failed runs until the run history is seen", async () => {
    session.user = { id: bob.user.id };
    expect(await badge()).toEqual({ count: 0 });
    session.user = { id: alice.user.id };
    expect(await badge()).toEqual({ count: 1 });
    expect((await seenRoute()).status).toBe(204);
    expect(await badge()).toEqual({ count: 0 });
  });

  it("show and dismiss the owner's zap banner, and nobody else's", async () => {
    session.user = { id: bob.user.id };
    expect((await bannerResponse(alice.zap.id)).status).toBe(404);
    expect(await banner(bob.zap.id)).toEqual({ failures: null });
    expect((await dismissRoute(new Request("http://conduit.test", { method: "POST" }), params(alice.zap.id))).status).toBe(404);
    expect((await dismissRoute(new Request("http://conduit.test", { method: "POST" }), params("not-a-uuid"))).status).toBe(404);

    session.user = { id: alice.user.id };
    expect(await banner(alice.zap.id)).toMatchObject({ failures: { count: 1, latest: { runId: alice.run.id, error: "Step 1 failed: 401" } } });
    expect((await dismissRoute(new Request("http://conduit.test", { method: "POST" }), params(alice.zap.id))).status).toBe(204);
    expect(await banner(alice.zap.id)).toEqual({ failures: null });
  });
});
