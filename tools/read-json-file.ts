import { readFile } from "node:fs/promises";

/** The parsed file, or undefined when it is missing or not JSON. */
export async function readJsonFile({ file }: { file: string }): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as unknown;
  } catch {
    return undefined;
  }
}
