// What every app's connections share: their name, their id, and what a connect or save form gets
// back. Each app's own input, config and secrets schemas are in lib/catalog/<app>/connection/.
import { z } from "zod";
import type { ConnectionErrorCodes } from "@/lib/connections/connection-error";

export const LABEL_TOO_LONG = "Use at most 80 characters.";

/** The name a user gives a connection; empty: the app's default. */
export const connectionLabelSchema = z
  .string()
  .trim()
  .max(80, LABEL_TOO_LONG)
  .transform((value) => value || undefined)
  .optional();

export const CONNECTION_NOT_FOUND = "This connection no longer exists. Reload the page to see your connections.";

export const connectionIdSchema = z.uuid(CONNECTION_NOT_FOUND);

/** What a connect or save form gets back: the new connection, or what to change, per field. */
export type ConnectResult<Field extends string, Connected extends object = object> =
  | ({ ok: true; connectionId: string; warning?: string } & Connected)
  | { ok: false; fieldErrors: Partial<Record<Field, string>>; formError?: string; errorCodes?: ConnectionErrorCodes };
