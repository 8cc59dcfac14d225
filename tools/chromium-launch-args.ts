/**
 * Flags for Chromium on machines like CI's: run as root without a sandbox, no GPU, and no background
 * connections, which a closed network refuses many at a time.
 */
export const CHROMIUM_LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
