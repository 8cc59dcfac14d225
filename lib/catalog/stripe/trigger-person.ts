// Who a Stripe trigger's event is about, as Customer.io steps identify people: the templates for
// the person's ID and email, and the lookups the event needs first (a dispute names only its charge,
// so the person comes from Get charge). Starters and templates map these, so a new zap reaches the
// person without the user finding the right fields.
import type { TriggerPerson } from "@/lib/catalog/define";
import type { StepConfig } from "@/lib/zaps/schema";

const customerOrEmail = (email: string) => `{{trigger.customer | default:${email}}}`;

const PEOPLE: Record<string, Omit<TriggerPerson, "lookups"> & { lookups?: StepConfig[] }> = {
  new_customer: { personId: "{{trigger.id}}", email: "{{trigger.email}}" },
  new_subscription: { personId: "{{trigger.customer}}" },
  subscription_updated: { personId: "{{trigger.customer}}" },
  subscription_canceled: { personId: "{{trigger.customer}}" },
  invoice_paid: { personId: "{{trigger.customer}}", email: "{{trigger.customer_email}}" },
  invoice_payment_failed: { personId: "{{trigger.customer}}", email: "{{trigger.customer_email}}" },
  checkout_session_completed: { personId: customerOrEmail("trigger.customer_details.email"), email: "{{trigger.customer_details.email}}" },
  // A payment intent event has no billing details: its receipt email is next best.
  payment_succeeded: {
    personId: "{{trigger.customer | default:trigger.billing_details.email | default:trigger.receipt_email}}",
    email: "{{trigger.billing_details.email | default:trigger.receipt_email}}",
  },
  payment_failed: {
    personId: "{{trigger.customer | default:trigger.billing_details.email | default:trigger.receipt_email}}",
    email: "{{trigger.billing_details.email | default:trigger.receipt_email}}",
  },
  new_dispute: {
    lookups: [{ id: "charge", app: "stripe", key: "get_charge", connectionId: null, inputs: { chargeId: "{{trigger.charge}}" } }],
    personId: "{{steps.charge.customer | default:steps.charge.billing_details.email}}",
    email: "{{steps.charge.billing_details.email | default:steps.charge.receipt_email}}",
  },
};

/** Who a trigger's event is about; undefined for a trigger Conduit has no mapping for. Always a fresh copy. */
export function triggerPerson({ triggerKey }: { triggerKey: string }): TriggerPerson | undefined {
  const person = Object.hasOwn(PEOPLE, triggerKey) ? PEOPLE[triggerKey] : undefined;
  return person && { ...person, lookups: structuredClone(person.lookups ?? []) };
}
