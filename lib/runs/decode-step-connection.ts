// A step's connection, decrypted and validated once per worker process for as long as its stored
// form stays the same: a new key or config is a new ciphertext or config, so a new cache entry.
import { LruMap } from "@/lib/cache/lru-map";
import { decodeConnectionSecrets, type ConnectionWithSecrets, type StoredConnectionRow } from "@/lib/connections/read-connection-secrets";

const decoded = new LruMap<string, ConnectionWithSecrets>(5_000);

export function decodeStepConnection({ row }: { row: StoredConnectionRow }): ConnectionWithSecrets {
  const key = `${row.id}\n${row.app}\n${row.secretsKeyId}\n${row.secretsCiphertext}\n${JSON.stringify(row.config)}`;
  const known = decoded.get(key);
  if (known) return known;
  const connection = decodeConnectionSecrets({ row });
  decoded.set(key, connection);
  return connection;
}
