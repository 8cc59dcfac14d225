/** A JSON route that did not answer with what was asked: its HTTP status, 0 when it could not be reached. */
export class FetchJsonError extends Error {
  readonly status: number;

  constructor({ status, message }: { status: number; message: string }) {
    super(message);
    this.name = "FetchJsonError";
    this.status = status;
  }
}

/** GETs one of Conduit's JSON routes; a failed answer throws a FetchJsonError (requestProblem() words it for the page). */
export async function fetchJson<T>(url: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" }, cache: "no-store" });
  } catch (error) {
    throw new FetchJsonError({ status: 0, message: error instanceof Error ? error.message : String(error) });
  }
  const body = (await response.json().catch(() => null)) as (T & { error?: string }) | null;
  if (!response.ok || body === null) throw new FetchJsonError({ status: response.status, message: body?.error ?? `HTTP ${response.status}` });
  return body;
}
