// Runs before every page: sends visitors without a session cookie to sign-in, remembering where
// they were going. It only looks for the cookie; lib/auth/current-user.ts makes the real check.
import { NextResponse, type NextRequest } from "next/server";

const PUBLIC_PATHS = ["/sign-in", "/sign-up", "/api/health", "/api/auth", "/api/webhooks"];
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

function isPublic(pathname: string): boolean {
  return PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-conduit-path", `${pathname}${search}`);
  if (isPublic(pathname)) return NextResponse.next({ request: { headers: requestHeaders } });

  // next-auth splits large cookies into name.0, name.1, ...
  const hasSession = request.cookies.getAll().some(({ name }) => SESSION_COOKIES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
  if (hasSession) return NextResponse.next({ request: { headers: requestHeaders } });

  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Sign in to use this endpoint." }, { status: 401 });
  }
  const signIn = new URL("/sign-in", request.url);
  if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
