import { field } from "@/lib/catalog/field";
import { callCustomerio } from "@/lib/catalog/customerio/call-customerio";
import { defineCustomerioAction } from "@/lib/catalog/customerio/define-customerio-action";
import { personIdField } from "@/lib/catalog/customerio/person-id-field";
import { timestampField } from "@/lib/catalog/customerio/timestamp-field";

export const identifyPerson = defineCustomerioAction({
  key: "identify_person",
  name: "Create or update person",
  description: "Adds a person to Customer.io, or updates the details of someone already there.",
  inputs: {
    personId: personIdField(),
    email: field.text({
      label: "Email",
      maxBytes: 1000,
      help: "Their email address; Customer.io needs it to send them email.",
      example: "jenny.rosen@example.com",
    }),
    createdAt: timestampField({
      label: "Created at",
      help: "When they signed up: a date, or a Unix time in seconds or milliseconds. Used for time-based segments.",
      example: "2024-05-01T12:00:00Z",
    }),
    attributes: field.keyValue({
      label: "Attributes",
      help: "Any other details to store on the person, such as plan or total spent. Up to 298 rows.",
      example: "plan = pro",
      // The Track API takes 300 attributes per call; email and created at may take two of them.
      maxEntries: 298,
      maxKeyBytes: 150,
      maxValueBytes: 1000,
    }),
  },
  outputFields: [{ path: "personId", label: "Person ID or email", type: "string", example: "cus_NffrFeUfNV2Hib" }],
  // An upsert: the same attributes again leave the person as they were.
  idempotent: true,
  async run({ input, client }) {
    const attributes = {
      ...input.attributes,
      ...(input.email === undefined ? {} : { email: input.email }),
      ...(input.createdAt === undefined ? {} : { created_at: input.createdAt }),
    };
    await callCustomerio({ api: "track", operation: "Create or update person", call: () => client.track.identify(input.personId, attributes) });
    return { personId: input.personId };
  },
});
