/** A demo feature was asked for while Conduit is not running as `npm run demo` (CONDUIT_DEMO unset). */
export class DemoModeOffError extends Error {
  constructor() {
    super("This is only available in the demo (npm run demo).");
    this.name = "DemoModeOffError";
  }
}
