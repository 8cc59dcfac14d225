import { callCustomerio } from "@/lib/catalog/customerio/call-customerio";
import { defineCustomerioAction } from "@/lib/catalog/customerio/define-customerio-action";
import { personIdField } from "@/lib/catalog/customerio/person-id-field";

export const deletePerson = defineCustomerioAction({
  key: "delete_person",
  name: "Delete person",
  description: "Removes a person and everything stored about them from Customer.io.",
  inputs: { personId: personIdField() },
  outputFields: [{ path: "personId", label: "Person ID or email", type: "string", example: "cus_NffrFeUfNV2Hib" }],
  // Deleting a person already deleted changes nothing.
  idempotent: true,
  async run({ input, client }) {
    await callCustomerio({ api: "track", operation: "Delete person", call: () => client.track.destroy(input.personId) });
    return { personId: input.personId };
  },
});
