import type { EventPerson } from "@/lib/catalog/define";

/** The actions that identify their person by ID (or email) in a `personId` input. */
const BY_PERSON_ID = new Set(["identify_person", "track_event", "delete_person", "unsubscribe_person"]);

/** A Customer.io action's inputs that name the event's person: its ID, its email, the email's recipient. */
export function customerioPersonInputs({ actionKey, person }: { actionKey: string; person: EventPerson }): Record<string, string | undefined> {
  if (actionKey === "send_transactional_email") {
    return person.email === undefined ? {} : { to: person.email, identifierType: "email", identifier: person.email };
  }
  return {
    ...(BY_PERSON_ID.has(actionKey) ? { personId: person.personId } : {}),
    ...(actionKey === "identify_person" ? { email: person.email } : {}),
  };
}
