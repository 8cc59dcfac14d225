/** Where to go after signing in: a same-site path only, so the link cannot send users elsewhere. */
export function safeCallbackPath(candidate: string | undefined | null, fallback = "/zaps"): string {
  if (!candidate) return fallback;
  let path = candidate;
  try {
    // next-auth passes absolute URLs of this site; keep only their path.
    if (/^https?:\/\//i.test(candidate)) {
      const url = new URL(candidate);
      path = `${url.pathname}${url.search}`;
    }
  } catch {
    return fallback;
  }
  // Browsers drop tabs and newlines from URLs and read "\\" as "/", so "/\t/evil.example" would leave the site.
  if (/[\u0000-\u001f\u007f\\]/.test(path)) return fallback;
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  // Resolved like a browser would ("/x/../sign-in" is /sign-in) and %-encoded: a redirect's Location
  // must be ASCII, and a broken escape (U+FFFD from "%E0%A4%A") made the redirect fail with a 500.
  const resolved = new URL(path, "http://conduit.invalid");
  path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  if (path.startsWith("//")) return fallback;
  if (/^\/(sign-in|sign-up|forgot-password|reset-password)/.test(path) || path.startsWith("/api/")) return fallback;
  return path;
}
