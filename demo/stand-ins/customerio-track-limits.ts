// The payload limits of Customer.io's Track API v1, from the "Rate Limits" section of its OpenAPI
// document (shared/vendor-data/customerio/track-api-openapi.json). Each function returns the
// problems it finds as the strings the stand-in puts in a 400 body's `meta.errors`.

export const TRACK_LIMITS = {
  identifierBytes: 150,
  attributeNameBytes: 150,
  attributeValueBytes: 1000,
  attributesPerCall: 300,
  eventNameBytes: 100,
  eventDataBytes: 100_000,
  segmentIdsPerCall: 1000,
} as const;

const ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/i;
const bytes = (value: string) => Buffer.byteLength(value, "utf8");
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export function identifierProblems(identifier: string): string[] {
  if (identifier.trim() === "") return ["identifier: must not be empty"];
  if (bytes(identifier) > TRACK_LIMITS.identifierBytes) return [`identifier: longer than ${TRACK_LIMITS.identifierBytes} bytes`];
  return [];
}

export function attributeProblems(body: unknown): string[] {
  if (!isObject(body)) return ["body: must be a JSON object of attributes"];
  const names = Object.keys(body);
  const problems: string[] = [];
  if (names.length > TRACK_LIMITS.attributesPerCall) problems.push(`attributes: more than ${TRACK_LIMITS.attributesPerCall} in one call`);
  for (const name of names) {
    if (bytes(name) > TRACK_LIMITS.attributeNameBytes)
      problems.push(`attribute name "${name.slice(0, 40)}…": longer than ${TRACK_LIMITS.attributeNameBytes} bytes`);
    const value = body[name];
    const size = typeof value === "string" ? bytes(value) : bytes(JSON.stringify(value) ?? "");
    if (size > TRACK_LIMITS.attributeValueBytes) problems.push(`attribute "${name.slice(0, 40)}": value longer than ${TRACK_LIMITS.attributeValueBytes} bytes`);
  }
  return problems;
}

export function eventProblems(body: unknown): string[] {
  if (!isObject(body)) return ["body: must be a JSON object"];
  const problems: string[] = [];
  if (typeof body.name !== "string" || body.name.trim() === "") problems.push("name: is required");
  else if (bytes(body.name) > TRACK_LIMITS.eventNameBytes) problems.push(`name: longer than ${TRACK_LIMITS.eventNameBytes} bytes`);
  if (body.id !== undefined && (typeof body.id !== "string" || !ULID.test(body.id))) problems.push("id: must be a ULID");
  if (body.data !== undefined) {
    if (!isObject(body.data)) problems.push("data: must be an object");
    else if (bytes(JSON.stringify(body.data)) > TRACK_LIMITS.eventDataBytes) problems.push(`data: longer than ${TRACK_LIMITS.eventDataBytes} bytes`);
  }
  return problems;
}

export function segmentProblems({ segmentId, idType, body }: { segmentId: string; idType: string | null; body: unknown }): string[] {
  const problems: string[] = [];
  if (!/^\d+$/.test(segmentId)) problems.push("segment_id: must be an integer");
  if (idType !== null && !["id", "email", "cio_id"].includes(idType)) problems.push("id_type: must be one of id, email, cio_id");
  const ids = isObject(body) ? body.ids : undefined;
  if (!Array.isArray(ids) || ids.length === 0) problems.push("ids: at least one is required");
  else if (ids.length > TRACK_LIMITS.segmentIdsPerCall) problems.push(`ids: at most ${TRACK_LIMITS.segmentIdsPerCall} per request`);
  else if (!ids.every((id) => typeof id === "string")) problems.push("ids: must be strings");
  return problems;
}
