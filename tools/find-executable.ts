import { accessSync, constants } from "node:fs";
import path from "node:path";

/** Absolute path of `name` on PATH, or undefined. */
export function findExecutable({ name }: { name: string }): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}
