import { describe, expect, it } from "vitest";
import { checkPublicAppUrl } from "@/lib/connections/check-public-app-url";
import { stripeWebhookUrl } from "@/lib/catalog/stripe/connection/stripe-webhook-url";

describe("checkPublicAppUrl", () => {
  it.each([
    "https://conduit.example.com",
    "https://conduit.example.com/",
    "https://automations.acme.io:8443/conduit",
    "https://8.8.8.8",
    "https://172.32.0.1",
    "https://100.128.0.1",
    "https://[2001:4860:4860::8888]",
    "https://conduit.example.com.",
  ])("%s is public", (appUrl) => {
    expect(checkPublicAppUrl({ appUrl })).toEqual({ isPublic: true });
  });

  it.each([
    ["http://conduit.example.com", "https"],
    ["http://127.0.0.1:3000", "https"],
    ["https://localhost:3000", "only exists on your machine"],
    ["https://LOCALHOST", "only exists on your machine"],
    ["https://app.localhost", "only exists on your machine"],
    ["https://conduit.local", "only exists on your machine"],
    ["https://conduit.internal", "only exists on your machine"],
    ["https://router.home.arpa", "only exists on your machine"],
    ["https://conduit", "has no domain"],
    ["https://127.0.0.1", "private IP"],
    ["https://127.8.9.10", "private IP"],
    ["https://2130706433", "private IP"],
    ["https://0x7f.1", "private IP"],
    ["https://0.0.0.0", "private IP"],
    ["https://10.1.2.3", "private IP"],
    ["https://172.16.0.1", "private IP"],
    ["https://172.31.255.255", "private IP"],
    ["https://192.168.1.20", "private IP"],
    ["https://169.254.169.254", "private IP"],
    ["https://100.64.0.1", "private IP"],
    ["https://224.0.0.1", "private IP"],
    ["https://[::1]", "IPv6"],
    ["https://[0:0:0:0:0:0:0:1]", "IPv6"],
    ["https://[::]", "IPv6"],
    ["https://[fd12:3456::1]", "IPv6"],
    ["https://[fe80::1]", "IPv6"],
    ["https://[::ffff:127.0.0.1]", "IPv6"],
    ["https://[::ffff:192.168.0.1]", "IPv6"],
    ["not a url", "not a valid URL"],
  ])("%s is not public (%s)", (appUrl, reason) => {
    const check = checkPublicAppUrl({ appUrl });
    expect(check.isPublic).toBe(false);
    expect(check.isPublic ? "" : check.reason).toContain(reason);
  });

  it.each([
    ["http://conduit.example.com", "notHttps"],
    ["https://localhost:3000", "localHost"],
    ["https://conduit", "noDomain"],
    ["https://192.168.1.20", "privateIp"],
    ["https://[fe80::1]", "privateIpv6"],
    ["not a url", "invalidUrl"],
  ])("%s is not public, with the code %s that the pages word in the viewer's language", (appUrl, code) => {
    expect(checkPublicAppUrl({ appUrl })).toMatchObject({ isPublic: false, code });
  });
});

describe("stripeWebhookUrl", () => {
  it.each([
    ["https://conduit.example.com", "https://conduit.example.com/api/webhooks/stripe/abc"],
    ["https://conduit.example.com/", "https://conduit.example.com/api/webhooks/stripe/abc"],
    ["https://example.com/conduit/", "https://example.com/conduit/api/webhooks/stripe/abc"],
    ["http://127.0.0.1:3000", "http://127.0.0.1:3000/api/webhooks/stripe/abc"],
  ])("%s gives %s", (appUrl, expected) => {
    expect(stripeWebhookUrl({ appUrl, connectionId: "abc" })).toBe(expected);
  });
});
