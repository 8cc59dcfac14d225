// next-auth's route handler: a GET of the credentials callback and a malformed callbackUrl are client
// errors, not 500s.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";

const get = (path: string, nextauth: string[]) => GET(new NextRequest(`http://localhost:3000${path}`), { params: Promise.resolve({ nextauth }) });

describe("GET /api/auth/*", () => {
  it("answers 405, allowing POST, to a GET of the credentials callback", async () => {
    const answer = await get("/api/auth/callback/credentials", ["callback", "credentials"]);
    expect(answer.status).toBe(405);
    expect(answer.headers.get("allow")).toBe("POST");
    expect((await answer.json()).error).toMatch(/^Sign in by POSTing email and password/);
  });

  it("answers 400 to a callbackUrl with a broken %-escape, on any action", async () => {
    for (const answer of [
      await get("/api/auth/signin?callbackUrl=%E0%A4%A", ["signin"]),
      await get("/api/auth/session?callbackUrl=%E0%A4%A", ["session"]),
      await POST(new NextRequest("http://localhost:3000/api/auth/signin/credentials?callbackUrl=%E0%A4%A", { method: "POST" }), {
        params: Promise.resolve({ nextauth: ["signin", "credentials"] }),
      }),
    ]) {
      expect(answer.status).toBe(400);
      expect((await answer.json()).error).toMatch(/^The callbackUrl in this address is malformed/);
    }
  });
});
