// The JSON route the Zaps page refreshes from: session-checked and scoped to the signed-in user.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createOwnedRecords } from "@/test/create-owned-records";

const session = vi.hoisted(() => ({ user: null as { id: string } | null }));
vi.mock("@/lib/auth/current-user", () => ({ currentUser: async () => session.user }));
vi.mock("@/lib/i18n/request-locale", () => ({ requestLocale: async () => "en" }));

const { GET } = await import("@/app/api/zaps/route");

beforeEach(() => {
  session.user = null;
});

describe("GET /api/zaps", () => {
  it("answers 401 when signed out", async () => {
    const answer = await GET();
    expect(answer.status).toBe(401);
    expect(await answer.json()).toEqual({ error: "Sign in to see your zaps." });
  });

  it("lists only the signed-in user's zaps, with their last run", async () => {
    const alice = await createOwnedRecords({ label: "alice" });
    await createOwnedRecords({ label: "bob" });
    session.user = { id: alice.user.id };
    const answer = await GET();
    expect(answer.status).toBe(200);
    expect(answer.headers.get("Cache-Control")).toBe("no-store");
    expect(await answer.json()).toEqual([
      expect.objectContaining({
        id: alice.zap.id,
        name: "alice zap",
        runsLast24h: 1,
        lastRun: expect.objectContaining({ id: alice.run.id, status: "QUEUED" }),
      }),
    ]);
  });
});
