// A sentence written in the worker (a run's error, a step's failure) and read later by a person in
// their own language. It is kept as its message key and values, beside its English text: the English
// goes to logs, the API and the database's `error` columns; the key is shown in the viewer's language.
// A value may itself be a message (a step's failure inside "Step 2 failed: …"), and `{ text }` is a
// sentence that is not a message key: a vendor's own words, or text written before keys existed.
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import type { MessageKey } from "@/lib/i18n/message-key";
import type { Translate } from "@/lib/i18n/translator";

export type UserMessage = { key: MessageKey; values?: Record<string, UserMessageValue> } | { text: string };

export type UserMessageValue = string | number | UserMessage;

export function said(key: MessageKey, values?: Record<string, UserMessageValue>): UserMessage {
  return values === undefined ? { key } : { key, values };
}

export function plainText(text: string): UserMessage {
  return { text };
}

/** The message in the viewer's language: nested messages first, then the message with its values. */
export function userMessageText({ message, t }: { message: UserMessage; t: Translate }): string {
  if ("text" in message) return message.text;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) values[name] = typeof value === "object" ? userMessageText({ message: value, t }) : value;
  return t(message.key, values as never);
}

const english = createTranslator({ locale: "en", messages: en }) as unknown as Translate;

/** The message in English, as logs, the API and the `error` columns keep it. */
export function englishText(message: UserMessage): string {
  return userMessageText({ message, t: english });
}

/** `message` (the English) and `userMessage`, for a result that carries both, such as a StepFailure. */
export function messageFields(message: UserMessage): { message: string; userMessage: UserMessage } {
  return { message: englishText(message), userMessage: message };
}

/** What to show for a stored error: its message in the viewer's language, or its English text when it has none (or a key that is gone). */
export function storedErrorText({ error, errorMessage, t }: { error: string | null; errorMessage: unknown; t: Translate }): string | null {
  const message = readUserMessage(errorMessage);
  if (message === null || !canShow(message, t)) return error;
  return userMessageText({ message, t });
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
  if ("text" in value) return typeof value.text === "string";
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
