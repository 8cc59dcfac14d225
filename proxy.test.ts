import { createRequire } from "node:module";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";

// How Next.js turns `config.matcher` into the regular expression it tests each path with.
const { getMiddlewareMatchers } = createRequire(import.meta.url)(path.resolve("node_modules/next/dist/build/analysis/get-page-static-info.js")) as {
  getMiddlewareMatchers: (matcher: string[], nextConfig: object) => { regexp: string }[];
};

const APP_URL = "https://conduit.example.com";
const savedAppUrl = process.env.APP_URL;
afterEach(() => {
  process.env.APP_URL = savedAppUrl;
});

function request(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  process.env.APP_URL = APP_URL;
  return new NextRequest(new URL(path, APP_URL), init);
}

const session = { cookie: "__Secure-next-auth.session-token=abc" };

describe("proxy", () => {
  it("refuses a cross-site POST to a route handler or a server action with 403 and a message", async () => {
    for (const [path, extra] of [
      ["/api/zaps", {}],
      ["/zaps", { "next-action": "0123abcd" }],
    ] as const) {
      const response = proxy(request(path, { method: "POST", headers: { ...session, ...extra, origin: "https://evil.example" } }));
      expect(response.status).toBe(403);
      expect((await response.json()).error).toMatch(/^Refused: this POST request came from https:\/\/evil\.example/);
    }
  });

  it("lets a same-origin POST on", () => {
    const response = proxy(request("/api/zaps", { method: "POST", headers: { ...session, origin: APP_URL } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });

  it("puts a fresh nonce in the CSP of the response and of the request Next.js renders", () => {
    const first = proxy(request("/zaps", { headers: session }));
    const second = proxy(request("/zaps", { headers: session }));
    const csp = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    // NextResponse.next({ request: { headers } }) hands the overridden request headers on like this.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(first.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("sets the headers on redirects and refusals too", () => {
    const redirect = proxy(request("/runs"));
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("location")).toBe(`${APP_URL}/sign-in?callbackUrl=%2Fruns`);
    expect(redirect.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});

describe("the proxy's matcher", () => {
  const matchers = getMiddlewareMatchers(config.matcher, {}).map(({ regexp }) => new RegExp(regexp));
  const runsFor = (pathname: string) => matchers.some((matcher) => matcher.test(pathname));

  it.each(["/robots.txt", "/favicon.ico", "/_next/static/chunks/app.js", "/_next/image", "/_next/image/x"])("skips the static file %s", (pathname) => {
    expect(runsFor(pathname)).toBe(false);
  });

  it.each(["/", "/zaps", "/robots.txtX", "/robots.txt/x", "/favicon.icoX", "/_next/staticX", "/_next/imageX", "/api/auth/session"])(
    "runs for %s (only exact static files are skipped)",
    (pathname) => {
      expect(runsFor(pathname)).toBe(true);
    },
  );
});
