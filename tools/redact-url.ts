/** The URL without its password, safe to print. */
export function redactUrl({ url }: { url: string }): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}
