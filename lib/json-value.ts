/** A value that survives JSON.stringify and JSON.parse unchanged: what jsonb columns and server actions carry. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
