import { describe, expect, it } from "vitest";
import { checkSameOrigin } from "@/lib/http/check-same-origin";

const appUrl = "https://conduit.example.com/";
const check = (request: { method?: string; pathname?: string; origin?: string | null; referer?: string | null }) =>
  checkSameOrigin({ method: "POST", pathname: "/zaps", origin: null, referer: null, appUrl, ...request });

describe("checkSameOrigin", () => {
  it.each(["GET", "HEAD", "OPTIONS", "get"])("lets %s through from anywhere: it changes nothing", (method) => {
    expect(check({ method, origin: "https://evil.example" })).toBeNull();
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"])("lets a same-origin %s through", (method) => {
    expect(check({ method, origin: "https://conduit.example.com" })).toBeNull();
  });

  it("lets next-auth's own sign-in and sign-out POSTs through from Conduit's pages", () => {
    expect(check({ pathname: "/api/auth/callback/credentials", origin: "https://conduit.example.com" })).toBeNull();
    expect(check({ pathname: "/api/auth/signout", origin: "https://conduit.example.com" })).toBeNull();
  });

  it.each([
    ["another site", "https://evil.example"],
    ["another port", "https://conduit.example.com:8443"],
    ["plain http", "http://conduit.example.com"],
    ["a sub-domain", "https://evil.conduit.example.com"],
    ["a look-alike", "https://conduit.example.com.evil.example"],
  ])("refuses a POST from %s and says what to do", (_label, origin) => {
    expect(check({ origin })).toBe(
      `Refused: this POST request came from ${origin}, not from Conduit at https://conduit.example.com, so it could be a cross-site request forgery. ` +
        "Open Conduit at https://conduit.example.com and try again; if that is not the address in your browser, set APP_URL to it.",
    );
  });

  it("refuses cross-site POSTs to route handlers, server actions and next-auth alike", () => {
    for (const pathname of ["/api/zaps", "/api/runs/123", "/connections", "/api/auth/signout", "/api/auth/callback/credentials"]) {
      expect(check({ pathname, origin: "https://evil.example" })).toMatch(/^Refused: /);
    }
  });

  it("falls back to the Referer's origin when Origin is missing", () => {
    expect(check({ referer: "https://conduit.example.com/zaps/new?x=1" })).toBeNull();
    expect(check({ referer: "https://evil.example/conduit.example.com" })).toMatch(/came from https:\/\/evil\.example,/);
  });

  it("trusts Origin over Referer when both are sent", () => {
    expect(check({ origin: "https://evil.example", referer: "https://conduit.example.com/zaps" })).toMatch(/^Refused: /);
  });

  it.each([
    ["neither header", null, null],
    ["an opaque origin", "null", null],
    ["a malformed origin", "not a url", "https://conduit.example.com/zaps"],
    ["a malformed referer", null, "::"],
  ])("refuses a POST with %s", (_label, origin, referer) => {
    expect(check({ origin, referer })).toMatch(
      /^Refused: this POST request does not say which site sent it .* Send it from Conduit's pages at https:\/\/conduit\.example\.com/,
    );
  });

  it("leaves Stripe's signed webhooks and the health check alone", () => {
    expect(check({ pathname: "/api/webhooks/stripe/0190a1b2-0000-7000-8000-000000000000" })).toBeNull();
    expect(check({ pathname: "/api/health" })).toBeNull();
    // Only those exact places: look-alike paths are checked.
    expect(check({ pathname: "/api/healthz" })).toMatch(/^Refused: /);
    expect(check({ pathname: "/api/webhooks" })).toMatch(/^Refused: /);
  });
});
