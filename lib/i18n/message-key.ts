import type { MessageKeys, Messages, NestedKeyOf } from "next-intl";

/** A key of messages/en.json ("runs.page.title"), checked by tsc. */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;
