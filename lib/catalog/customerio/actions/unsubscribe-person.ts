import { callCustomerio } from "@/lib/catalog/customerio/call-customerio";
import { defineCustomerioAction } from "@/lib/catalog/customerio/define-customerio-action";
import { personIdField } from "@/lib/catalog/customerio/person-id-field";

export const unsubscribePerson = defineCustomerioAction({
  key: "unsubscribe_person",
  name: "Unsubscribe person",
  description: "Stops Customer.io from sending a person any more marketing messages.",
  inputs: { personId: personIdField() },
  outputFields: [{ path: "personId", label: "Person ID or email", type: "string", example: "cus_NffrFeUfNV2Hib" }],
  // Sets an attribute: setting it again changes nothing.
  idempotent: true,
  async run({ input, client }) {
    await callCustomerio({ api: "track", operation: "Unsubscribe person", call: () => client.track.identify(input.personId, { unsubscribed: true }) });
    return { personId: input.personId };
  },
});
