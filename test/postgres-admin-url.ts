/** A URL of the `postgres` maintenance database, for creating and dropping scratch databases in tests. */
export function postgresAdminUrl(): string {
  if (process.env.TEST_POSTGRES_ADMIN_URL) return process.env.TEST_POSTGRES_ADMIN_URL;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = "/postgres";
    return url.toString();
  }
  return "postgresql://postgres@127.0.0.1:5432/postgres";
}
