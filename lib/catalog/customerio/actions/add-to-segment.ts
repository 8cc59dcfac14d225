import { callCustomerio } from "@/lib/catalog/customerio/call-customerio";
import { defineCustomerioAction } from "@/lib/catalog/customerio/define-customerio-action";
import { identifierTypes, segmentMembershipInputs } from "@/lib/catalog/customerio/segment-membership-inputs";

export const addToSegment = defineCustomerioAction({
  key: "add_to_segment",
  name: "Add person to segment",
  description: "Puts one or more people into a manual segment in Customer.io.",
  inputs: segmentMembershipInputs,
  outputFields: [
    { path: "segmentId", label: "Segment ID", type: "number", example: 12 },
    { path: "personIds", label: "People", type: "array", example: ["cus_NffrFeUfNV2Hib"] },
  ],
  // Adding someone already in the segment changes nothing.
  idempotent: true,
  async run({ input, client }) {
    const idType = identifierTypes[input.idType ?? "id"];
    await callCustomerio({
      api: "track",
      operation: "Add person to segment",
      call: () => client.track.addCustomersToSegment(input.segmentId, input.personIds, idType),
    });
    return { segmentId: input.segmentId, personIds: input.personIds };
  },
});
