import { field } from "@/lib/catalog/field";
import { callCustomerio } from "@/lib/catalog/customerio/call-customerio";
import { defineCustomerioAction } from "@/lib/catalog/customerio/define-customerio-action";
import { eventDataField } from "@/lib/catalog/customerio/event-data-field";
import { eventId } from "@/lib/catalog/customerio/event-id";
import { timestampField } from "@/lib/catalog/customerio/timestamp-field";

export const trackAnonymousEvent = defineCustomerioAction({
  key: "track_anonymous_event",
  name: "Track anonymous event",
  description: "Records something done by someone who is not yet a person in Customer.io, to be linked to them once they are.",
  inputs: {
    anonymousId: field.text({
      label: "Anonymous ID",
      required: true,
      help: "A value that stands for the visitor until they are known, such as a cookie or a checkout session ID. Customer.io links the event to the person whose anonymous_id attribute matches.",
      example: "cs_test_a1b2c3",
    }),
    name: field.text({
      label: "Event name",
      required: true,
      maxBytes: 100,
      help: "The name your campaigns and segments use for this event.",
      example: "checkout_completed",
    }),
    data: eventDataField({
      label: "Event data",
      help: "Details your messages can use once the event is linked to a person.",
      example: "amount = 20.00",
    }),
    timestamp: timestampField({
      label: "When it happened",
      help: "A date, or a Unix time in seconds or milliseconds. Leave empty for the time Customer.io receives it.",
      example: "1700000000",
    }),
  },
  outputFields: [
    { path: "anonymousId", label: "Anonymous ID", type: "string", example: "cs_test_a1b2c3" },
    {
      path: "eventId",
      label: "Event ID",
      type: "string",
      example: "01HF3ZQ4X8M6J5T9V2K7N0PQRS",
      help: "The same on every retry, so Customer.io records the event once.",
    },
    { path: "name", label: "Event name", type: "string", example: "checkout_completed" },
  ],
  // The event carries Conduit's deterministic id (event-id.ts), and Customer.io drops an id it has seen.
  idempotent: true,
  async run({ input, client, idempotencyKey, runCreatedAt }) {
    const id = eventId({ idempotencyKey, runCreatedAt, timestamp: input.timestamp });
    const event = { name: input.name, id, data: input.data, timestamp: input.timestamp };
    await callCustomerio({ api: "track", operation: "Track anonymous event", call: () => client.track.trackAnonymous(input.anonymousId, event) });
    return { anonymousId: input.anonymousId, eventId: id, name: input.name };
  },
});
