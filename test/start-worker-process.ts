// For tests: the real worker (worker/index.ts) as a child process, with its output kept so a test
// can wait for a log line and show the output when something goes wrong.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export interface WorkerProcess {
  child: ChildProcessWithoutNullStreams;
  exited: Promise<[number | null, NodeJS.Signals | null]>;
  /** Resolves once the output contains `text`; rejects if the worker exits first. */
  waitFor(text: string): Promise<void>;
  output(): string;
}

export function startWorkerProcess({ env }: { env: NodeJS.ProcessEnv }): WorkerProcess {
  // One process (node with tsx's loader, not the tsx CLI, which runs the script in a second process),
  // so that a signal sent to `child`, SIGKILL included, reaches the worker itself.
  const child = spawn(process.execPath, ["--import", "tsx", "worker/index.ts"], { cwd: root, env });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
  const waitFor = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => output.includes(text) && resolve();
      child.stdout.on("data", check);
      child.stderr.on("data", check);
      void exited.then(() => (output.includes(text) ? resolve() : reject(new Error(`the worker exited before "${text}":\n${output}`))));
      check();
    });
  return { child, exited, waitFor, output: () => output };
}
