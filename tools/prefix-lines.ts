import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";

const CURSOR_VISIBILITY = /\u001b\[\?25[hl]/g;

/** Copies `input` to `output` line by line, each line starting with `prefix`. */
export function prefixLines({ input, output, prefix }: { input: Readable; output: Writable; prefix: string }): void {
  const lines = createInterface({ input, crlfDelay: Infinity });
  lines.on("line", (raw) => {
    // Cursor show/hide codes (from `next dev`'s spinner) mean nothing once prefixed.
    const line = raw.replace(CURSOR_VISIBILITY, "");
    if (line.length > 0 || raw.length === 0) output.write(`${prefix} ${line}\n`);
  });
}
