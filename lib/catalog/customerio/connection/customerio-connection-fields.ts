import { connectionLabelField } from "@/lib/catalog/connection-label-field";
import { field } from "@/lib/catalog/field";
import { customerioConnectionInputSchema, customerioRegionSchema } from "@/lib/catalog/customerio/connection/customerio-connection-schema";

const { siteId, trackApiKey, appApiKey } = customerioConnectionInputSchema.shape;

/** The Connect Customer.io form. */
export const customerioConnectionFields = {
  region: field.select({
    label: "Region",
    required: true,
    options: [
      { value: "us", label: "US", hint: "Data in the United States (fly.customer.io)" },
      { value: "eu", label: "EU", hint: "Data in the European Union (fly-eu.customer.io)" },
    ],
    default: "us",
    help: "Chosen when the account was created; the address you sign in at tells you. If you pick the wrong one, Conduit says so.",
    schema: customerioRegionSchema,
  }),
  siteId: field.text({ label: "Site ID", required: true, code: true, help: "On the Tracking API keys tab, next to the key you use.", schema: siteId }),
  trackApiKey: field.secret({
    label: "Track API key",
    required: true,
    help: "On the same row as the site ID. Conduit uses it to update people and track events.",
    schema: trackApiKey,
  }),
  appApiKey: field.secret({
    label: "App API key",
    help: "On the App API keys tab. Only needed for the “Send transactional email” action; you can add it later with Edit on the connection.",
    schema: appApiKey,
  }),
  label: connectionLabelField({ help: "How this workspace appears in Conduit, like “Production”." }),
};
