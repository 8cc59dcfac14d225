// The JSON routes the run pages poll: session-checked, validated and scoped to the signed-in user.
import { describe, expect, it, vi, beforeEach } from "vitest";
import { createOwnedRecords } from "@/test/create-owned-records";

const session = vi.hoisted(() => ({ user: null as { id: string } | null }));
vi.mock("@/lib/auth/current-user", () => ({ currentUser: async () => session.user }));
vi.mock("@/lib/i18n/request-locale", () => ({ requestLocale: async () => "en" }));

const { GET: listRoute } = await import("@/app/api/runs/route");
const { GET: runRoute } = await import("@/app/api/runs/[id]/route");

const alice = await createOwnedRecords({ label: "alice" });
const bob = await createOwnedRecords({ label: "bob" });

const list = (query = "") => listRoute(new Request(`http://conduit.test/api/runs${query}`));
const one = (id: string) => runRoute(new Request(`http://conduit.test/api/runs/${id}`), { params: Promise.resolve({ id }) });

beforeEach(() => {
  session.user = null;
});

describe("GET /api/runs", () => {
  it("answers 401 when signed out", async () => {
    const answer = await list();
    expect(answer.status).toBe(401);
    expect(await answer.json()).toEqual({ error: expect.any(String) });
  });

  it("lists only the signed-in user's runs", async () => {
    session.user = { id: bob.user.id };
    const answer = await list();
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { runs: { id: string; zapName: string }[]; nextCursor: string | null };
    expect(body).toMatchObject({ runs: [{ id: bob.run.id, zapName: "bob zap" }], nextCursor: null });
    expect(await (await list(`?zapId=${alice.zap.id}`)).json()).toEqual({ runs: [], nextCursor: null });
  });

  it("rejects invalid filters with 400, and ignores cleared ones", async () => {
    session.user = { id: alice.user.id };
    expect((await list("?status=DONE")).status).toBe(400);
    expect((await list("?cursor=nope")).status).toBe(400);
    expect((await list("?from=yesterday")).status).toBe(400);
    expect((await list("?status=&zapId=&mode=")).status).toBe(200);
    const filtered = (await (await list("?status=QUEUED&mode=live&from=2020-01-01T00:00:00.000Z")).json()) as { runs: { id: string }[] };
    expect(filtered.runs.map((run) => run.id)).toEqual([alice.run.id]);
  });
});

describe("GET /api/runs/[id]", () => {
  it("answers 401 when signed out", async () => {
    expect((await one(alice.run.id)).status).toBe(401);
  });

  it("gives the owner the run, and anyone else 404", async () => {
    session.user = { id: alice.user.id };
    const mine = await one(alice.run.id);
    expect(mine.status).toBe(200);
    expect(await mine.json()).toMatchObject({ id: alice.run.id, zap: { name: "alice zap" }, steps: [] });

    session.user = { id: bob.user.id };
    const theirs = await one(alice.run.id);
    expect(theirs.status).toBe(404);
    expect(await theirs.json()).toEqual({ error: expect.stringMatching(/does not exist/) });
    expect((await one("not-a-uuid")).status).toBe(404);
  });
});
