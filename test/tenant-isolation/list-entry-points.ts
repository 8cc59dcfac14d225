import { readdirSync } from "node:fs";
import path from "node:path";

const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/**
 * Every way into the app that a request can name: each export of an `actions.ts` or `*-actions.ts` ("actions.ts#name"),
 * each HTTP method of a `route.ts` ("route.ts#GET"), and each page under a dynamic segment
 * ("[id]/page.tsx"), as paths relative to the project. Read from the files, so a new one shows up.
 */
export async function listEntryPoints({ root }: { root: string }): Promise<string[]> {
  const files = (readdirSync(path.join(root, "app"), { recursive: true }) as string[])
    .map((file) => path.posix.join("app", file.split(path.sep).join("/")))
    .sort();
  const entries: string[] = [];
  for (const file of files) {
    const name = path.posix.basename(file);
    if (name.endsWith("actions.ts") || name === "route.ts") {
      const exports = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
      const exported = Object.entries(exports).filter(([key, value]) => typeof value === "function" && (name.endsWith("actions.ts") || HTTP_METHODS.has(key)));
      entries.push(...exported.map(([key]) => `${file}#${key}`));
    } else if (name === "page.tsx" && file.includes("[")) {
      entries.push(file);
    }
  }
  return entries;
}
