import { field } from "@/lib/catalog/field";
import { callCustomerio } from "@/lib/catalog/customerio/call-customerio";
import { defineCustomerioAction } from "@/lib/catalog/customerio/define-customerio-action";
import { eventDataField } from "@/lib/catalog/customerio/event-data-field";
import { eventId } from "@/lib/catalog/customerio/event-id";
import { personIdField } from "@/lib/catalog/customerio/person-id-field";
import { timestampField } from "@/lib/catalog/customerio/timestamp-field";

export const trackEvent = defineCustomerioAction({
  key: "track_event",
  name: "Track event",
  description: "Records something a person did, such as a payment, which can start a campaign in Customer.io.",
  inputs: {
    personId: personIdField(),
    name: field.text({
      label: "Event name",
      required: true,
      maxBytes: 100,
      help: "The name your campaigns and segments use for this event.",
      example: "payment_failed",
    }),
    data: eventDataField({
      label: "Event data",
      help: "Details your messages can use, such as the amount or the plan.",
      example: "amount = 20.00",
    }),
    timestamp: timestampField({
      label: "When it happened",
      help: "A date, or a Unix time in seconds or milliseconds. Leave empty for the time Customer.io receives it; only events from the last 72 hours start campaigns.",
      example: "1700000000",
    }),
  },
  outputFields: [
    { path: "personId", label: "Person ID or email", type: "string", example: "cus_NffrFeUfNV2Hib" },
    {
      path: "eventId",
      label: "Event ID",
      type: "string",
      example: "01HF3ZQ4X8M6J5T9V2K7N0PQRS",
      help: "The same on every retry, so Customer.io records the event once.",
    },
    { path: "name", label: "Event name", type: "string", example: "payment_failed" },
  ],
  // The event carries Conduit's deterministic id (event-id.ts), and Customer.io drops an id it has seen.
  idempotent: true,
  async run({ input, client, idempotencyKey, runCreatedAt }) {
    const id = eventId({ idempotencyKey, runCreatedAt, timestamp: input.timestamp });
    const event = { name: input.name, id, data: input.data, timestamp: input.timestamp };
    await callCustomerio({ api: "track", operation: "Track event", call: () => client.track.track(input.personId, event) });
    return { personId: input.personId, eventId: id, name: input.name };
  },
});
