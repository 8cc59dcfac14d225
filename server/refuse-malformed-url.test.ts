import { request as httpRequest, createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refuseMalformedUrl } from "@/server/refuse-malformed-url";

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (!refuseMalformedUrl({ request, response })) response.end("handled");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// node:http sends the path as written (fetch would re-encode it).
function get(path: string): Promise<{ status: number; type?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: "127.0.0.1", port, path }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, type: response.headers["content-type"], body }));
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

describe("refuseMalformedUrl", () => {
  it("answers a page with a broken %-escape with 400 and a plain-text message", async () => {
    expect(await get("/sign-in?callbackUrl=%E0%A4%A")).toEqual({
      status: 400,
      type: "text/plain; charset=utf-8",
      body: "This address is malformed: its query string has an invalid %-escape. Check the link and try again.\n",
    });
  });

  it("answers an API route with 400 and JSON", async () => {
    const answer = await get("/api/auth/signin?callbackUrl=%E0%A4%A");
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({ error: expect.stringMatching(/^This address is malformed/) });
  });

  it("leaves well-formed URLs to the app", async () => {
    expect(await get("/sign-in?callbackUrl=%2Fr%C3%A9sum%C3%A9")).toMatchObject({ status: 200, body: "handled" });
  });
});
