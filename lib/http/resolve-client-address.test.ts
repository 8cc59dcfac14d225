import { describe, expect, it } from "vitest";
import { resolveClientAddress } from "@/lib/http/resolve-client-address";
import type { TrustProxy } from "@/lib/http/trust-proxy-schema";

const cases: [string, { socketAddress?: string; forwardedFor?: string; trustProxy?: TrustProxy }, string][] = [
  ["no socket address (next dev)", { forwardedFor: "203.0.113.7" }, "unknown"],
  ["no proxy trusted: the socket, whatever the header says", { socketAddress: "198.51.100.2", forwardedFor: "203.0.113.7" }, "198.51.100.2"],
  ["IPv4-mapped IPv6 socket", { socketAddress: "::ffff:198.51.100.2" }, "198.51.100.2"],
  ["one hop: what the proxy appended", { socketAddress: "10.0.0.5", forwardedFor: "6.6.6.6, 203.0.113.7", trustProxy: { hops: 1 } }, "203.0.113.7"],
  ["two hops", { socketAddress: "10.0.0.5", forwardedFor: "6.6.6.6, 203.0.113.7, 10.0.0.9", trustProxy: { hops: 2 } }, "203.0.113.7"],
  ["more hops than entries: the left-most", { socketAddress: "10.0.0.5", forwardedFor: "203.0.113.7", trustProxy: { hops: 3 } }, "203.0.113.7"],
  ["one hop, no header: the socket", { socketAddress: "10.0.0.5", trustProxy: { hops: 1 } }, "10.0.0.5"],
  [
    "listed proxies are skipped",
    { socketAddress: "10.0.0.5", forwardedFor: "6.6.6.6, 203.0.113.7, 10.1.2.3", trustProxy: { proxies: ["10.0.0.0/8"] } },
    "203.0.113.7",
  ],
  [
    "a socket that is no listed proxy is the client",
    { socketAddress: "198.51.100.2", forwardedFor: "203.0.113.7", trustProxy: { proxies: ["10.0.0.0/8"] } },
    "198.51.100.2",
  ],
  ["IPv6 proxies and ports", { socketAddress: "::1", forwardedFor: "[2001:db8::7]:443", trustProxy: { proxies: ["::1"] } }, "2001:db8::7"],
  ["port on an IPv4 entry", { socketAddress: "10.0.0.5", forwardedFor: "203.0.113.7:5123", trustProxy: { hops: 1 } }, "203.0.113.7"],
];

describe("resolveClientAddress", () => {
  it.each(cases)("%s", (_name, input, expected) => {
    expect(resolveClientAddress({ socketAddress: input.socketAddress, forwardedFor: input.forwardedFor, trustProxy: input.trustProxy })).toBe(expected);
  });
});
