import { fileURLToPath } from "node:url";

/** Absolute path of the project root (the folder holding package.json), whatever the cwd. */
export function projectRoot(): string {
  return fileURLToPath(new URL("../../", import.meta.url));
}
