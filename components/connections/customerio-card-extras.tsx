import { EditCustomerioButton } from "@/components/connections/edit-customerio-button";
import type { CustomerioConnectionDetails } from "@/lib/catalog/customerio/connection/describe-customerio-connection";
import type { ConnectionSummary } from "@/lib/connections/list-connections";

/** Edit: a Customer.io connection's site ID, region and keys change in place. */
export function CustomerioCardActions({ connection }: { connection: ConnectionSummary }) {
  // The registry keys this by app: the details are describe-customerio-connection.ts's.
  const details = connection.details as unknown as CustomerioConnectionDetails | null;
  if (!details) return null;
  return (
    <EditCustomerioButton
      connectionId={connection.id}
      label={connection.label}
      siteId={details.siteId}
      region={details.region}
      trackKeyLast4={details.trackKeyLast4}
      appKeyLast4={details.appKeyLast4}
    />
  );
}
