// The web app's only way to the demo's stand-ins: their control API over HTTP (demo/start-demo-control.ts),
// so nothing Conduit bundles imports stand-in code. Refused outside demo mode.
import { env } from "@/lib/env";
import { DemoModeOffError } from "@/lib/demo/demo-mode-off-error";

export type DemoControlAnswer<T> = { ok: true; body: T } | { ok: false; message: string };

export async function callDemoControl<T>({
  path,
  body,
  demo = env().CONDUIT_DEMO,
  controlUrl = env().DEMO_CONTROL_URL,
}: {
  /** "/shop", "/stripe/events", "/customerio". */
  path: string;
  /** Given: POSTed as JSON; else a GET. */
  body?: unknown;
  demo?: boolean;
  controlUrl?: string;
}): Promise<DemoControlAnswer<T>> {
  if (!demo || !controlUrl) throw new DemoModeOffError();
  let response: Response;
  try {
    response = await fetch(`${controlUrl}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
      signal: AbortSignal.timeout(5_000),
    });
  } catch {
    return { ok: false, message: "The demo's stand-ins do not answer. Restart `npm run demo`." };
  }
  const parsed = (await response.json().catch(() => null)) as (T & { error?: string }) | null;
  if (!response.ok || parsed === null) return { ok: false, message: parsed?.error ?? `The demo's stand-ins answered ${response.status}.` };
  return { ok: true, body: parsed };
}
