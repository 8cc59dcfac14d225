import { useSyncExternalStore } from "react";

const subscribe = () => () => undefined;

/**
 * False while the server renders and the browser hydrates, true afterwards: for what only the
 * browser knows (its time zone, the current time) without a hydration mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
