// Runs a Stripe lookup the way the executor will: input validated through the lookup's fields
// (so defaults apply), then run() with a real SDK client.
import type Stripe from "stripe";
import type { LookupDefinition, OutputField } from "@/lib/catalog/define";
import { fieldsSchema, type Fields } from "@/lib/catalog/field";

export async function runLookup<F extends Fields, Output>({
  lookup,
  input,
  client,
}: {
  lookup: LookupDefinition<F, Stripe, Output>;
  input: Record<string, unknown>;
  client: Stripe;
}): Promise<Output> {
  return lookup.run({ input: fieldsSchema(lookup.inputs).parse(input), client, idempotencyKey: "run_1:step_1" });
}

/** The output-field paths that lead nowhere in an output (null is a value; undefined is not). */
export function missingPaths({ fields, output }: { fields: readonly OutputField[]; output: unknown }): string[] {
  return fields
    .map((candidate) => candidate.path)
    .filter(
      (path) =>
        path
          .split(".")
          .reduce<unknown>((node, segment) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[segment] : undefined), output) ===
        undefined,
    );
}
