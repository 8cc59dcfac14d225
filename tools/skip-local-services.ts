/**
 * CONDUIT_SKIP_LOCAL_SERVICES=1 makes the launcher ignore servers on 127.0.0.1:5432 and :6379, so
 * the embedded PostgreSQL and redis-server fallbacks can be tried on a machine that has both.
 */
export function skipLocalServices(): boolean {
  return process.env.CONDUIT_SKIP_LOCAL_SERVICES === "1";
}
