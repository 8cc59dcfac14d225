/** GETs one of Conduit's JSON routes; a failed answer throws with the route's own message. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { Accept: "application/json" }, cache: "no-store" });
  const body = (await response.json().catch(() => null)) as (T & { error?: string }) | null;
  if (!response.ok || body === null) throw new Error(body?.error ?? `Conduit answered ${response.status}. Try again in a moment.`);
  return body;
}
