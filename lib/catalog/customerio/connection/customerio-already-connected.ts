import type { ConnectFailure } from "@/lib/catalog/define";

/** Connecting a Customer.io workspace the user has already connected. */
export function customerioAlreadyConnected({ label }: { label: string }): ConnectFailure {
  return {
    ok: false,
    fieldErrors: { siteId: `This workspace is already connected as “${label}”. To change its keys, site ID or region, use Edit on that connection.` },
    errorCodes: { fieldErrors: { siteId: { code: "customerio.alreadyConnected", values: { label } } } },
  };
}
