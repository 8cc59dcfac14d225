// Runs a Stripe lookup the way the executor will: input validated through the lookup's fields
// (so defaults apply), then run() with a real SDK client.
import type Stripe from "stripe";
import type { LookupDefinition, OutputField } from "@/lib/catalog/define";
import { fieldsSchema, type Fields } from "@/lib/catalog/field";
import { classifyStripeError } from "@/lib/catalog/stripe/client/classify-stripe-error";
import { translator } from "@/lib/i18n/translator";
import { englishText, userMessageText } from "@/lib/i18n/user-message";

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

/** What a lookup's error says to a pt-BR viewer, once classified as the executor does; its English must be the step's message. */
export async function inPortuguese(error: unknown): Promise<string> {
  const { message, userMessage } = classifyStripeError({ error });
  if (englishText(userMessage) !== message) throw new Error(`The message's English differs: "${englishText(userMessage)}" vs "${message}".`);
  return userMessageText({ message: userMessage, t: await translator({ locale: "pt-BR" }) });
}
