// Response headers proxy.ts sets on every page and route. The CSP allows only scripts carrying this
// request's nonce (Next.js reads it from the request's CSP header and puts it on its own scripts);
// 'strict-dynamic' lets those load the page's chunks.
//
// style-src keeps 'unsafe-inline': React renders `style` attributes (and Next.js injects inline
// styles, e.g. its route announcer) that cannot carry a nonce, and a nonce in style-src would make
// browsers ignore 'unsafe-inline'. Injected CSS cannot run code, so scripts stay nonce-only.

export interface SecurityHeaders {
  "Content-Security-Policy": string;
  "Referrer-Policy": string;
  "X-Content-Type-Options": string;
  "X-Frame-Options": string;
  "Permissions-Policy": string;
  "Strict-Transport-Security"?: string;
}

export function securityHeaders({
  appUrl,
  nonce,
  development,
}: {
  appUrl: string;
  nonce: string;
  /** `next dev` (React's dev tools use eval); never in production builds. */
  development: boolean;
}): SecurityHeaders {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const headers: SecurityHeaders = {
    "Content-Security-Policy": csp,
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  };
  // Over plain http the header is ignored at best, and would pin a local install to https at worst.
  if (new URL(appUrl).protocol === "https:") headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
