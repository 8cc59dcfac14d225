// CSRF protection for every state-changing request (route handlers, server actions, next-auth's own
// POSTs): the browser must say, through Origin (or Referer when Origin is missing), that the request
// comes from a page of this Conduit. Browsers always send Origin on a cross-site or fetch POST, and a
// page elsewhere cannot forge it.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// Not called by browsers: Stripe signs its webhooks (the signature is their protection), and the
// health check is for load balancers and monitors.
const isExempt = (pathname: string) => pathname.startsWith("/api/webhooks/") || pathname === "/api/health";

function originOf(value: string | null): string | null {
  if (!value || value === "null") return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/** Null when the request may go on; otherwise why it was refused and what to do. */
export function checkSameOrigin({
  method,
  pathname,
  origin,
  referer,
  appUrl,
}: {
  method: string;
  pathname: string;
  origin: string | null;
  referer: string | null;
  appUrl: string;
}): string | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  if (isExempt(pathname)) return null;

  const expected = new URL(appUrl).origin;
  const claimed = origin !== null ? originOf(origin) : originOf(referer);
  if (claimed === expected) return null;
  if (claimed === null) {
    return (
      `Refused: this ${method.toUpperCase()} request does not say which site sent it (no Origin or Referer header), ` +
      `so it could be a cross-site request forgery. Send it from Conduit's pages at ${expected}, or from a client that sets Origin: ${expected}.`
    );
  }
  return (
    `Refused: this ${method.toUpperCase()} request came from ${claimed}, not from Conduit at ${expected}, so it could be a cross-site request forgery. ` +
    `Open Conduit at ${expected} and try again; if that is not the address in your browser, set APP_URL to it.`
  );
}
