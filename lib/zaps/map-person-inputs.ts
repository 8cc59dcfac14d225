import type { StepConfig } from "@/lib/zaps/schema";
import type { TriggerPerson } from "@/lib/zaps/trigger-person";

/**
 * A Customer.io step with the person's fields mapped from the trigger (or its lookups), leaving
 * anything already mapped as it is. Other apps' steps are returned unchanged.
 */
export function mapPersonInputs({ step, person }: { step: StepConfig; person: TriggerPerson }): StepConfig {
  if (step.app !== "customerio") return step;
  const inputs = { ...step.inputs };
  const fill = (name: string, value: string | undefined) => {
    if (value !== undefined && !Object.hasOwn(inputs, name)) inputs[name] = value;
  };
  if (step.key === "send_transactional_email") {
    if (person.email === undefined) return step;
    fill("to", person.email);
    fill("identifierType", "email");
    fill("identifier", person.email);
    return { ...step, inputs };
  }
  if (["identify_person", "track_event", "delete_person", "unsubscribe_person"].includes(step.key)) fill("personId", person.personId);
  if (step.key === "identify_person") fill("email", person.email);
  return { ...step, inputs };
}
