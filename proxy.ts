// Runs before every page and route: refuses cross-site state-changing requests (CSRF), sets the
// security headers with a fresh CSP nonce, and sends visitors without a session cookie to sign-in,
// remembering where they were going. It only looks for the cookie; lib/auth/current-user.ts makes
// the real check.
import { NextResponse, type NextRequest } from "next/server";
import { checkSameOrigin } from "@/lib/http/check-same-origin";
import { securityHeaders } from "@/lib/http/security-headers";

const PUBLIC_PATHS = ["/sign-in", "/sign-up", "/forgot-password", "/reset-password", "/api/health", "/api/auth", "/api/webhooks"];
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

function isPublic(pathname: string): boolean {
  return PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const appUrl = process.env.APP_URL || "http://localhost:3000";
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const headers = securityHeaders({ appUrl, nonce, development: process.env.NODE_ENV === "development" });
  const secured = <T extends NextResponse>(response: T): T => {
    for (const [name, value] of Object.entries(headers)) if (value) response.headers.set(name, value);
    return response;
  };

  const refusal = checkSameOrigin({
    method: request.method,
    pathname,
    origin: request.headers.get("origin"),
    referer: request.headers.get("referer"),
    appUrl,
  });
  if (refusal) return secured(NextResponse.json({ error: refusal }, { status: 403 }));

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-conduit-path", `${pathname}${search}`);
  // Next.js takes the nonce for its own scripts from the request's CSP header.
  requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]);
  const next = () => secured(NextResponse.next({ request: { headers: requestHeaders } }));
  if (isPublic(pathname)) return next();

  // next-auth splits large cookies into name.0, name.1, ...
  const hasSession = request.cookies.getAll().some(({ name }) => SESSION_COOKIES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
  if (hasSession) return next();

  if (pathname.startsWith("/api/")) {
    return secured(NextResponse.json({ error: "Sign in to use this endpoint." }, { status: 401 }));
  }
  const signIn = new URL("/sign-in", request.url);
  if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return secured(NextResponse.redirect(signIn));
}

// Skips the build's static files and image optimiser (directories) and two exact files; any other
// path, such as /robots.txtX, gets the headers and checks.
export const config = {
  matcher: ["/((?!_next/static/|_next/image(?:/|$)|favicon\\.ico$|robots\\.txt$).*)"],
};
