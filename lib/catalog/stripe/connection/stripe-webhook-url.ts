/** Where Stripe delivers one connection's events: `${APP_URL}/api/webhooks/stripe/<connectionId>`. */
export function stripeWebhookUrl({ appUrl, connectionId }: { appUrl: string; connectionId: string }): string {
  const base = new URL(appUrl);
  // APP_URL may carry a path when Conduit is served under one (https://example.com/conduit).
  const path = base.pathname.replace(/\/+$/, "");
  return `${base.origin}${path}/api/webhooks/stripe/${encodeURIComponent(connectionId)}`;
}
