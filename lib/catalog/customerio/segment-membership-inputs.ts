// The inputs shared by "Add person to segment" and "Remove person from segment".
import { IdentifierType } from "customerio-node";
import { field } from "@/lib/catalog/field";
import { personIdsField } from "@/lib/catalog/customerio/person-ids-field";

export const segmentMembershipInputs = {
  segmentId: field.number({
    label: "Segment ID",
    required: true,
    integer: true,
    min: 1,
    help: "The number of a manual segment, shown on its page in Customer.io under Usage. Data-driven segments cannot be changed this way.",
    example: "12",
  }),
  personIds: personIdsField({
    label: "People",
    help: "One or more people, one per line or separated by commas (up to 1,000).",
    example: "cus_NffrFeUfNV2Hib",
  }),
  idType: field.select({
    label: "People are identified by",
    options: [
      { value: "id", label: "ID" },
      { value: "email", label: "Email" },
      { value: "cio_id", label: "Customer.io ID (cio_id)" },
    ],
    default: "id",
    help: "What the values in People are. Customer.io ignores values of another kind.",
  }),
};

/** The SDK's enum for each choice of idType. */
export const identifierTypes = { id: IdentifierType.Id, email: IdentifierType.Email, cio_id: IdentifierType.CioId } as const;
