import { FetchJsonError } from "@/components/runs/fetch-json";
import type { MessageKey } from "@/lib/i18n/message-key";

/** What a page says when one of Conduit's JSON routes failed (fetchJson), in the viewer's language: by status, not the route's English. */
export function requestProblem(error: unknown): MessageKey {
  const status = error instanceof FetchJsonError ? error.status : 0;
  if (status === 401) return "common.request.signedOut";
  if (status === 404) return "common.request.notFound";
  return "common.request.failed";
}
