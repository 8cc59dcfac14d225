import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";

/** Copies `input` to `output` line by line, each line starting with `prefix`. */
export function prefixLines({ input, output, prefix }: { input: Readable; output: Writable; prefix: string }): void {
  const lines = createInterface({ input, crlfDelay: Infinity });
  lines.on("line", (line) => {
    output.write(`${prefix} ${line}\n`);
  });
}
