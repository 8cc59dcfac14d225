import type { TriggerDefinition } from "@/lib/catalog/define";
import { fieldsSchema, type Fields, type InputOf } from "@/lib/catalog/field";

/** A trigger's options as a saved zap would hold them: defaults filled, then validated like user input. */
export function triggerInput<F extends Fields>(trigger: TriggerDefinition<F>, input: Record<string, unknown> = {}): InputOf<F> {
  return fieldsSchema(trigger.options).parse(input);
}
