/**
 * The client's address as seen by the nearest hop: the right-most X-Forwarded-For entry. Next.js
 * fills the header with the socket address when it is absent, and a reverse proxy that appends
 * to it (nginx: `$proxy_add_x_forwarded_for`) puts the real client there. Without such a proxy a
 * client can send its own header, so per-address limits are advisory; per-account limits are not.
 */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw ?? "";
  const entries = value.split(",").map((entry) => entry.trim()).filter(Boolean);
  return entries.at(-1)?.slice(0, 64) ?? "unknown";
}
