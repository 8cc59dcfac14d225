import type { CustomerioRegion } from "@/lib/catalog/customerio/connection/customerio-connection-schema";
import { env } from "@/lib/env";

/**
 * The Track and App API base URLs configured for a region (proxies, stand-ins); undefined: Customer.io's
 * own hosts for that region. Each region has its own variables, so an EU workspace never reaches a
 * URL meant for US ones (its data must stay in the EU).
 */
export function customerioBaseUrls({ region }: { region: CustomerioRegion }): { trackUrl?: string; appUrl?: string } {
  const { CUSTOMERIO_TRACK_URL, CUSTOMERIO_APP_URL, CUSTOMERIO_TRACK_URL_EU, CUSTOMERIO_APP_URL_EU } = env();
  return region === "eu"
    ? { trackUrl: CUSTOMERIO_TRACK_URL_EU, appUrl: CUSTOMERIO_APP_URL_EU }
    : { trackUrl: CUSTOMERIO_TRACK_URL, appUrl: CUSTOMERIO_APP_URL };
}
