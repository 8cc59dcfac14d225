function decodes(part: string): boolean {
  try {
    decodeURIComponent(part);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why a request's raw URL (path and query, as received) cannot be read, or null. A broken %-escape
 * (`?callbackUrl=%E0%A4%A`) decodes to U+FFFD and stray "%" signs, on which next-auth and redirects
 * failed with a 500; it is the link that is wrong, so the answer is a 400 that says so.
 */
export function malformedUrlProblem({ url }: { url: string }): string | null {
  const queryStart = url.indexOf("?");
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = queryStart === -1 ? "" : url.slice(queryStart + 1);
  if (!decodes(path)) return "This address is malformed: its path has an invalid %-escape. Check the link and try again.";
  if (!query.split("&").every(decodes)) return "This address is malformed: its query string has an invalid %-escape. Check the link and try again.";
  return null;
}
