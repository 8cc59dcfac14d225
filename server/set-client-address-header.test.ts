// The production server's hand-over of the socket address, through a real HTTP server.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setClientAddressHeader } from "@/server/set-client-address-header";

let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    setClientAddressHeader({ request });
    response.end(JSON.stringify(request.headers["x-conduit-client-ip"] ?? null));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("setClientAddressHeader", () => {
  it("sets the socket's address and drops a forged copy, in any letter case", async () => {
    expect(await (await fetch(url)).json()).toBe("127.0.0.1");
    expect(await (await fetch(url, { headers: { "X-Conduit-Client-IP": "198.51.100.10" } })).json()).toBe("127.0.0.1");
  });
});
