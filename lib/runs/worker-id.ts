import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

let id: string | undefined;

/**
 * This process's name in run leases (Run.lockedBy): host and pid so people can tell which worker
 * holds a run, plus a random part so a restarted process that reuses a pid is a different holder.
 */
export function workerId(): string {
  id ??= `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  return id;
}
