import { z } from "zod";

const uuid = z.uuid();

/**
 * Whether a value is a UUID (RFC 9562, as zod's z.uuid() checks it): the one check for ids from
 * URLs and forms before they reach a uuid column, which would refuse anything else with an error.
 */
export function isUuid(value: unknown): value is string {
  return uuid.safeParse(value).success;
}
