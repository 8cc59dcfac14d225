import type { ZapTemplate } from "@/lib/zaps/templates/zap-template";

// A dispute names only its charge: Get charge finds who paid (the customer, or the billing email of
// a payment made without one).
const person = "{{steps.charge.customer | default:steps.charge.billing_details.email}}";

export const disputeCreatedTemplate: ZapTemplate = {
  key: "dispute-created",
  name: "New dispute → flag the person and track dispute_created",
  description:
    "Looks up the disputed payment, marks its payer in Customer.io (by Stripe customer, or by billing email when there is none) and tracks a dispute_created event with the amount, reason and evidence deadline, so you can pause their campaigns and answer in time.",
  definition: {
    trigger: { app: "stripe", key: "new_dispute", connectionId: null, options: {} },
    filter: null,
    steps: [
      { id: "charge", app: "stripe", key: "get_charge", connectionId: null, inputs: { chargeId: "{{trigger.charge}}" } },
      {
        id: "person",
        app: "customerio",
        key: "identify_person",
        connectionId: null,
        inputs: {
          personId: person,
          email: "{{steps.charge.billing_details.email | default:steps.charge.receipt_email}}",
          attributes: [
            { key: "name", value: "{{steps.charge.billing_details.name}}" },
            { key: "last_dispute_reason", value: "{{trigger.reason}}" },
            // Unix seconds, as a number: the form Customer.io reads as a date.
            { key: "last_dispute_at", value: "{{trigger.created}}" },
          ],
        },
      },
      {
        id: "event",
        app: "customerio",
        key: "track_event",
        connectionId: null,
        inputs: {
          personId: person,
          name: "dispute_created",
          data: [
            { key: "amount", value: "{{trigger.amount | amount:trigger.currency}}" },
            { key: "currency", value: "{{trigger.currency | upper}}" },
            { key: "reason", value: "{{trigger.reason}}" },
            { key: "status", value: "{{trigger.status}}" },
            { key: "evidence_due_by", value: "{{trigger.evidence_details.due_by}}" },
            { key: "charge_id", value: "{{trigger.charge}}" },
            { key: "dispute_id", value: "{{trigger.id}}" },
          ],
        },
      },
    ],
  },
};
