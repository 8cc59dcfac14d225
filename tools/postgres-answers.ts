import { Client } from "pg";

export type PostgresAnswer = { ok: true } | { ok: false; reason: string; code?: string };

/** Whether a PostgreSQL server accepts a connection at `url` and runs `SELECT 1`. Never throws. */
export async function postgresAnswers({ url, timeoutMs = 3_000 }: { url: string; timeoutMs?: number }): Promise<PostgresAnswer> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // A connection dropped later would otherwise be an unhandled 'error' event.
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return { ok: true };
  } catch (error) {
    const code = typeof error === "object" && error && "code" in error ? String(error.code) : undefined;
    return { ok: false, reason: error instanceof Error ? error.message || String(code) : String(error), code };
  } finally {
    await client.end().catch(() => {});
  }
}
