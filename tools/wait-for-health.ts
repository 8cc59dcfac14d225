export type HealthWait = { ok: true } | { ok: false; lastAnswer: string };

/**
 * Polls `url` until it answers 200. Gives up when `giveUp()` turns true (e.g. the web process died)
 * or after `timeoutMs`; calls `onSlow` once with the last answer when it takes longer than `slowMs`.
 */
export async function waitForHealth({
  url,
  giveUp = () => false,
  timeoutMs = Infinity,
  slowMs = 30_000,
  onSlow,
}: {
  url: string;
  giveUp?: () => boolean;
  timeoutMs?: number;
  slowMs?: number;
  onSlow?: (lastAnswer: string) => void;
}): Promise<HealthWait> {
  const began = Date.now();
  let lastAnswer = "no answer yet";
  let warned = false;
  while (!giveUp() && Date.now() - began < timeoutMs) {
    try {
      // Generous: in `next dev` the first request compiles the route.
      const response = await fetch(url, { signal: AbortSignal.timeout(15_000), cache: "no-store" });
      if (response.status === 200) return { ok: true };
      lastAnswer = `HTTP ${response.status} ${(await response.text()).slice(0, 200)}`;
    } catch (error) {
      lastAnswer = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    }
    if (!warned && onSlow && Date.now() - began > slowMs) {
      warned = true;
      onSlow(lastAnswer);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { ok: false, lastAnswer };
}
