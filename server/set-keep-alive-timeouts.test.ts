import { Agent, createServer, request, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, expect, test } from "vitest";
import { KEEP_ALIVE_TIMEOUT_MS, setKeepAliveTimeouts } from "@/server/set-keep-alive-timeouts";

const servers: Server[] = [];
const agents: Agent[] = [];
afterEach(async () => {
  for (const agent of agents.splice(0)) agent.destroy();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(tune: boolean): Promise<{ port: number }> {
  const server = createServer((_request, response) => response.end("ok"));
  if (tune) setKeepAliveTimeouts({ server });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port };
}

/** A POST over the agent's one keep-alive connection: its status, socket, and whether it reused one. */
function post({ port, agent }: { port: number; agent: Agent }): Promise<{ status?: number; socket: Socket; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const sent = request({ port, host: "127.0.0.1", method: "POST", path: "/api/webhooks/stripe/x", agent }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode, socket: sent.socket as Socket, reused: sent.reusedSocket }));
    });
    sent.on("error", reject);
    sent.end("{}");
  });
}

test("the timeouts outlast a proxy's 60 s idle timeout, and the headers timeout outlasts the keep-alive", () => {
  const server = createServer();
  setKeepAliveTimeouts({ server });
  expect(server.keepAliveTimeout).toBeGreaterThan(60_000);
  expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  expect(server.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
});

test("a client that reuses its connection after an idle gap gets an answer on the same connection, where Node's default has closed it", async () => {
  const plain = await listen(false);
  const tuned = await listen(true);
  const plainAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  const tunedAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  agents.push(plainAgent, tunedAgent);

  const first = await post({ port: tuned.port, agent: tunedAgent });
  let tunedClosed = false;
  first.socket.on("close", () => (tunedClosed = true));
  const plainFirst = await post({ port: plain.port, agent: plainAgent });
  // The gap: until a server with Node's defaults (keepAliveTimeout 5 s) closes its idle connection.
  await new Promise((resolve) => plainFirst.socket.once("close", resolve));

  expect(tunedClosed).toBe(false);
  const second = await post({ port: tuned.port, agent: tunedAgent });
  expect(second).toMatchObject({ status: 200, reused: true });
  expect(second.socket).toBe(first.socket);
}, 20_000);
