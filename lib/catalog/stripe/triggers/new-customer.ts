import type Stripe from "stripe";
import { defineTrigger } from "@/lib/catalog/define";
import { field } from "@/lib/catalog/field";
import { commonOptions } from "@/lib/catalog/stripe/common-options";
import { matchesCommonOptions } from "@/lib/catalog/stripe/matches-common-options";
import { outputFieldsFrom } from "@/lib/catalog/stripe/output-fields-from";
import { eventFields } from "@/lib/catalog/stripe/output-fields/event-fields";
import json from "@/lib/catalog/stripe/samples/customer.created.json";
import { sampleEvent } from "@/lib/catalog/stripe/samples/sample-event";

const sample = sampleEvent(json, "customer.created");

// No "Only for customer" filter: a new customer's id is not known before the event.

export const newCustomer = defineTrigger({
  key: "new_customer",
  name: "New customer",
  description: "Runs when a customer is added to your Stripe account, by your app, a checkout or by hand in the dashboard.",
  eventTypes: ["customer.created"] satisfies Stripe.Event["type"][],
  options: {
    requireEmail: field.boolean({
      label: "Only customers with an email",
      help: "Stripe customers may have no email; skip those when your next step needs one.",
      default: false,
    }),
    mode: commonOptions.mode,
  },
  matches(event, options) {
    if (event.type !== "customer.created") return false;
    if (options.requireEmail && !event.data.object.email) return false;
    return matchesCommonOptions({ event, options });
  },
  sample,
  outputFields: outputFieldsFrom(sample, [
    { path: "id", label: "Customer ID", type: "string" },
    { path: "email", label: "Email", type: "string", help: "May be empty: Stripe does not require one." },
    { path: "name", label: "Name", type: "string" },
    { path: "phone", label: "Phone", type: "string" },
    { path: "description", label: "Description", type: "string" },
    { path: "address.country", label: "Country", type: "string" },
    { path: "preferred_locales", label: "Preferred languages", type: "array" },
    { path: "created", label: "Created at", type: "timestamp" },
    { path: "metadata", label: "Metadata", type: "object" },
    ...eventFields,
  ]),
});
