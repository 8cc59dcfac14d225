import { callCustomerio } from "@/lib/catalog/customerio/call-customerio";
import { defineCustomerioAction } from "@/lib/catalog/customerio/define-customerio-action";
import { identifierTypes, segmentMembershipInputs } from "@/lib/catalog/customerio/segment-membership-inputs";

export const removeFromSegment = defineCustomerioAction({
  key: "remove_from_segment",
  name: "Remove person from segment",
  description: "Takes one or more people out of a manual segment in Customer.io.",
  inputs: segmentMembershipInputs,
  outputFields: [
    { path: "segmentId", label: "Segment ID", type: "number", example: 12 },
    { path: "personIds", label: "People", type: "array", example: ["cus_NffrFeUfNV2Hib"] },
  ],
  // Removing someone no longer in the segment changes nothing.
  idempotent: true,
  async run({ input, client }) {
    const idType = identifierTypes[input.idType ?? "id"];
    await callCustomerio({
      api: "track",
      operation: "Remove person from segment",
      call: () => client.track.removeCustomersFromSegment(input.segmentId, input.personIds, idType),
    });
    return { segmentId: input.segmentId, personIds: input.personIds };
  },
});
