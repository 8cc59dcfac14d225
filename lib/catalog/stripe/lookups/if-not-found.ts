// "If nothing is found", the choice of every Stripe lookup of one thing: when Stripe has no such
// thing (its resource_missing answer), or the event has no value for the reference to look up
// (lib/runs/empty-lookup-reference.ts), the run stops quietly (the default: Filtered, with the
// reason) or continues with `found: false` and empty values.
import Stripe from "stripe";
import type { OutputField } from "@/lib/catalog/define";
import { field } from "@/lib/catalog/field";
import { resourceCode, StripeNotFoundError, type StripeLookupResource } from "@/lib/catalog/stripe/client/stripe-lookup-errors";
import { wireJson, type Wire } from "@/lib/catalog/stripe/lookups/wire-json";
import { said } from "@/lib/i18n/user-message";

export type IfNotFound = "stop" | "continue";

/** A lookup's "If no charge is found" input (named `ifNotFound` in every lookup). */
export function ifNotFoundField({ label }: { label: string }) {
  return field.select({
    label,
    required: true,
    default: "stop",
    options: [
      { value: "stop", label: "Stop the run (not an error)" },
      { value: "continue", label: "Continue with empty values" },
    ],
    help: "Stop ends the run here, marked as stopped. Continue runs the next steps; this step's Found is then false.",
  });
}

/** The output field saying whether the lookup found its thing. */
export function foundOutputField({ resource }: { resource: StripeLookupResource }): OutputField {
  return { path: "found", label: "Found", type: "boolean", example: true, help: `False when no ${resource} matched and the step continued.` };
}

/** What a lookup that continued after finding nothing gives later steps: every other field is empty. */
export const NOTHING_FOUND = { found: false } as const;

export type Found<T> = { found: true } & Wire<T>;

/**
 * Stripe's answer that what was asked for does not exist: a retrieve's 404 (param "id"), or a list
 * filtered by an unknown customer (param "customer").
 */
export function isResourceMissing({ error, param }: { error: unknown; param: string }): boolean {
  return error instanceof Stripe.errors.StripeError && error.code === "resource_missing" && (error.param === undefined || error.param === param);
}

/** Nothing found: `empty` when the step continues; otherwise the StripeNotFoundError that stops the run. */
export function nothingFound<Empty>({
  ifNotFound,
  empty,
  resource,
  reference,
  error,
}: {
  ifNotFound: IfNotFound;
  empty: Empty;
  resource: StripeLookupResource;
  reference: string;
  /** Stripe's answer, for its hint that the ID exists in the other mode. */
  error: unknown;
}): Empty {
  if (ifNotFound === "continue") return empty;
  const otherMode = error instanceof Error && /similar object exists in (live|test) mode/.test(error.message);
  const values = { resource: resourceCode(resource), reference };
  throw new StripeNotFoundError({
    resource,
    reference,
    message: otherMode ? said("runErrors.stripe.nothingFoundOtherMode", values) : said("runErrors.stripe.nothingFound", { ...values, by: "id" }),
  });
}

/** One thing by its ID, as Stripe sent it with `found: true`; nothing found as the step chose. */
export async function retrieveOrNothing<T>({
  id,
  retrieve,
  resource,
  ifNotFound,
}: {
  id: string;
  retrieve: (id: string) => Promise<T>;
  resource: StripeLookupResource;
  ifNotFound: IfNotFound;
}): Promise<Found<T> | typeof NOTHING_FOUND> {
  try {
    return { found: true, ...wireJson(await retrieve(id)) };
  } catch (error) {
    if (!isResourceMissing({ error, param: "id" })) throw error;
    return nothingFound({ ifNotFound, empty: NOTHING_FOUND, resource, reference: id, error });
  }
}
