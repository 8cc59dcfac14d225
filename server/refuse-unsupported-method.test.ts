import { request as httpRequest, createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refuseUnsupportedMethod } from "@/server/refuse-unsupported-method";

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (!refuseUnsupportedMethod({ request, response })) response.end("handled");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// fetch() refuses to send TRACE, so this uses node:http.
function send(method: string): Promise<{ status: number; allow?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: "127.0.0.1", port, method, path: "/sign-in" }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, allow: response.headers.allow, body }));
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

describe("refuseUnsupportedMethod", () => {
  it("answers TRACE with 405 and a message", async () => {
    const answer = await send("TRACE");
    expect(answer.status).toBe(405);
    expect(answer.allow).toContain("GET");
    expect(answer.body).toBe("Method TRACE is not allowed.\n");
  });

  it("leaves GET and POST to the app", async () => {
    expect(await send("GET")).toMatchObject({ status: 200, body: "handled" });
    expect(await send("POST")).toMatchObject({ status: 200, body: "handled" });
  });
});
