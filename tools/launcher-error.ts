/** A problem the user can fix; the launcher prints only its message (no stack) and exits 1. */
export class LauncherError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "LauncherError";
  }
}
