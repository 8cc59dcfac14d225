// The server actions' shared first steps. requireUser reads next-auth's session from a Next.js
// request, which a test does not have, so the session is chosen here.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const session = vi.hoisted(() => ({ user: null as { id: string; email: string; name: string | null; sessionId: string } | null }));
vi.mock("@/lib/auth/current-user", () => ({
  requireUser: async () => {
    if (!session.user) throw new Error("NEXT_REDIRECT /sign-in");
    return session.user;
  },
}));

const { authedAction } = await import("@/lib/auth/authed-action");

const ada = { id: "u1", email: "ada@example.com", name: "Ada", sessionId: "s1" };
const calls: unknown[] = [];
type RenameResult = { ok: true; name: string } | { ok: false; message: string };
const rename = authedAction({
  schema: z.object({ name: z.string().trim().min(1, "Give it a name.") }),
  onInvalid: (error) => ({ ok: false, message: error.issues[0]?.message ?? "?" }),
  run: async ({ user, input }): Promise<RenameResult> => {
    calls.push({ user, input });
    return { ok: true, name: input.name };
  },
});

beforeEach(() => {
  session.user = ada;
  calls.length = 0;
});

describe("authedAction", () => {
  it("runs with the signed-in user and the parsed input (extra keys dropped, values transformed)", async () => {
    expect(await rename({ name: "  Renamed ", admin: true } as { name: string })).toEqual({ ok: true, name: "Renamed" });
    expect(calls).toEqual([{ user: ada, input: { name: "Renamed" } }]);
  });

  it.each([
    ["a value the schema refuses", { name: "   " }, "Give it a name."],
    ["a value of the wrong type", { name: 42 }, "Invalid input: expected string, received number"],
    ["no object at all", null, "Invalid input: expected object, received null"],
  ])("answers %s with onInvalid, without running", async (_name, input, message) => {
    expect(await rename(input as unknown as { name: string })).toEqual({ ok: false, message });
    expect(calls).toEqual([]);
  });

  it("checks the session before the input: a signed-out caller is redirected, even with invalid input", async () => {
    session.user = null;
    await expect(rename({ name: "Renamed" })).rejects.toThrow("NEXT_REDIRECT");
    await expect(rename({ name: "" })).rejects.toThrow("NEXT_REDIRECT");
    expect(calls).toEqual([]);
  });
});
