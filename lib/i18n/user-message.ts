// A sentence written in the worker (a run's error, a step's failure) and read later by a person in
// their own language. It is kept as its message key and values, beside its English text: the English
// goes to logs and the database's `error` columns (what rows written before keys existed show); pages,
// their JSON routes and emails word the key in the reader's language.
// A value may itself be a message (a step's failure inside "Step 2 failed: …"), and `{ text }` is a
// sentence that is not a message key: a vendor's own words, or text written before keys existed.
// `{ text, catalog }` is a catalog's words (a field's label) by their catalog key (catalog-text.ts).
import { createTranslator } from "next-intl";
// The English messages on the server; in browsers (package.json "imports") an empty file, so that no
// page bundles en.json again: a browser words messages with its own t() and never needs the English.
import en from "#english-messages";
import type { CatalogText } from "@/lib/catalog/catalog-text";
import type { MessageKey } from "@/lib/i18n/message-key";
import type { Translate } from "@/lib/i18n/translator";

export type UserMessage = { key: MessageKey; values?: Record<string, UserMessageValue> } | { text: string; catalog?: string[] };

export type UserMessageValue = string | number | UserMessage;

export function said(key: MessageKey, values?: Record<string, UserMessageValue>): UserMessage {
  return values === undefined ? { key } : { key, values };
}

export function plainText(text: string): UserMessage {
  return { text };
}

/** The catalog's words for a key (["customerio", "actions", "track_event", "inputs", "name", "label"]), with their English. */
export function catalogWords({ catalog, text }: { catalog: string[]; text: string }): UserMessage {
  return { text, catalog };
}

/** Sentences one after the other ("A. B."), as one message. */
export function sentences(messages: UserMessage[]): UserMessage {
  const [first, ...rest] = messages;
  if (!first) return plainText("");
  return rest.length === 0 ? first : said("runErrors.run.both", { first, second: sentences(rest) });
}

/** The message in the viewer's language (`catalog`: the catalog's words in it; without, they stay English): nested messages first, then the message with its values. */
export function userMessageText({ message, t, catalog }: { message: UserMessage; t: Translate; catalog?: CatalogText }): string {
  if ("text" in message) return message.catalog && catalog ? catalog(message.catalog, message.text) : message.text;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) {
    values[name] = typeof value === "object" ? userMessageText({ message: value, t, catalog }) : value;
  }
  return t(message.key, values as never);
}

const english = Object.keys(en).length > 0 ? (createTranslator({ locale: "en", messages: en }) as unknown as Translate) : undefined;

/** The message in English, as logs and the `error` columns keep it (in a browser, which has no English to hand, its key). */
export function englishText(message: UserMessage): string {
  if (english) return userMessageText({ message, t: english });
  return "text" in message ? message.text : message.key;
}

/** `message` (the English) and `userMessage`, for a result that carries both, such as a StepFailure. */
export function messageFields(message: UserMessage): { message: string; userMessage: UserMessage } {
  return { message: englishText(message), userMessage: message };
}

/** A message's value (text, a number or a message) in the viewer's language. */
export function userMessageValueText({ value, t, catalog }: { value: UserMessageValue; t: Translate; catalog?: CatalogText }): string {
  return typeof value === "object" ? userMessageText({ message: value, t, catalog }) : String(value);
}

/** What to show for a stored error: its message in the viewer's language, or its English text when it has none (or a key that is gone). */
export function storedErrorText({
  error,
  errorMessage,
  t,
  catalog,
}: {
  error: string | null;
  errorMessage: unknown;
  t: Translate;
  catalog?: CatalogText;
}): string | null {
  // No English means nothing to show: a message left beside a cleared column is stale.
  if (error === null) return null;
  const message = readUserMessage(errorMessage);
  if (message === null || !canShow(message, t)) return error;
  return userMessageText({ message, t, catalog });
}

function canShow(message: UserMessage, t: Translate): boolean {
  if ("text" in message) return true;
  return t.has(message.key) && Object.values(message.values ?? {}).every((value) => typeof value !== "object" || canShow(value, t));
}

/** A message read back from a jsonb column; null when there is none or it is not one (written by something else). */
export function readUserMessage(value: unknown): UserMessage | null {
  return isUserMessage(value) ? value : null;
}

function isUserMessage(value: unknown): value is UserMessage {
  if (typeof value !== "object" || value === null) return false;
  if ("text" in value)
    return (
      typeof value.text === "string" && (!("catalog" in value) || (Array.isArray(value.catalog) && value.catalog.every((part) => typeof part === "string")))
    );
  if (!("key" in value) || typeof value.key !== "string") return false;
  if (!("values" in value) || value.values === undefined) return true;
  if (typeof value.values !== "object" || value.values === null) return false;
  return Object.values(value.values).every((item) => typeof item === "string" || typeof item === "number" || isUserMessage(item));
}

/** An error whose message is a UserMessage (its `message` is the English), for a failure thrown through layers that only pass errors on. */
export class UserMessageError extends Error {
  readonly userMessage: UserMessage;

  constructor(userMessage: UserMessage, options?: ErrorOptions) {
    super(englishText(userMessage), options);
    this.name = "UserMessageError";
    this.userMessage = userMessage;
  }
}

/** What an error says, as a UserMessage: its own when it has one, else its English message as is. */
export function errorUserMessage(error: unknown): UserMessage {
  if (error instanceof UserMessageError) return error.userMessage;
  return plainText(error instanceof Error ? error.message : String(error));
}
