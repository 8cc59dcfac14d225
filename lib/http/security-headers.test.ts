import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/http/security-headers";

const directives = (csp: string) => Object.fromEntries(csp.split("; ").map((part) => [part.slice(0, part.indexOf(" ")), part.slice(part.indexOf(" ") + 1)]));

describe("securityHeaders", () => {
  it("allows only scripts with this request's nonce, no inline or eval, and no framing", () => {
    const csp = directives(securityHeaders({ appUrl: "https://conduit.example.com", nonce: "bm9uY2U=", development: false })["Content-Security-Policy"]);
    expect(csp).toEqual({
      "default-src": "'self'",
      "script-src": "'self' 'nonce-bm9uY2U=' 'strict-dynamic'",
      "style-src": "'self' 'unsafe-inline'",
      "img-src": "'self' data:",
      "font-src": "'self'",
      "connect-src": "'self'",
      "object-src": "'none'",
      "base-uri": "'self'",
      "form-action": "'self'",
      "frame-ancestors": "'none'",
    });
  });

  it("allows eval only under next dev", () => {
    const dev = securityHeaders({ appUrl: "http://localhost:3000", nonce: "n", development: true })["Content-Security-Policy"];
    expect(directives(dev)["script-src"]).toBe("'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'");
  });

  it("sends HSTS only when APP_URL is https", () => {
    expect(securityHeaders({ appUrl: "https://conduit.example.com", nonce: "n", development: false })["Strict-Transport-Security"]).toBe(
      "max-age=63072000; includeSubDomains",
    );
    for (const appUrl of ["http://localhost:3000", "http://conduit.internal"]) {
      expect(securityHeaders({ appUrl, nonce: "n", development: false })).not.toHaveProperty("Strict-Transport-Security");
    }
  });

  it("sets the referrer, sniffing, framing and permissions policies", () => {
    expect(securityHeaders({ appUrl: "http://localhost:3000", nonce: "n", development: false })).toMatchObject({
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Permissions-Policy": expect.stringContaining("camera=()"),
    });
  });
});
