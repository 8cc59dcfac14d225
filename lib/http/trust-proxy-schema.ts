import { isIP } from "node:net";
import { z } from "zod";

export type TrustProxy = { hops: number } | { proxies: string[] };

function validEntry(entry: string): boolean {
  const [address, prefix, extra] = entry.split("/");
  if (extra !== undefined || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: how many reverse proxies sit in front of Conduit (`1`), or the addresses/CIDRs of
 * those proxies (`10.0.0.0/8, 192.168.1.5`). Unset: X-Forwarded-For is ignored.
 */
export const trustProxySchema = z
  .string()
  .trim()
  .transform((value, ctx): TrustProxy => {
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops < 1 || hops > 10) ctx.addIssue({ code: "custom", message: "expected a number of proxies from 1 to 10" });
      return { hops };
    }
    const proxies = value
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    const bad = proxies.filter((entry) => !validEntry(entry));
    if (proxies.length === 0 || bad.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: `expected a number of proxies (1) or comma-separated proxy addresses or CIDRs (10.0.0.0/8, ::1); not understood: ${bad.join(", ") || value}`,
      });
    }
    return { proxies };
  });
