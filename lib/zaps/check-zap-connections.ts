// Publishing checks that every connection a zap uses still works, with a real call to the vendor:
// a revoked Stripe key or a rotated Customer.io key would otherwise only show up as failed runs.
import { findApp } from "@/lib/catalog/find-app";
import { readConnectionSecrets } from "@/lib/connections/read-connection-secrets";
import { DecryptionError } from "@/lib/crypto/decrypt-secret";
import type { ZapDefinition } from "@/lib/zaps/schema";
import type { DefinitionProblem } from "@/lib/zaps/validate-zap-definition";
import { isFilterStep } from "@/lib/zaps/is-filter-step";

export async function checkZapConnections({ userId, definition }: { userId: string; definition: ZapDefinition }): Promise<DefinitionProblem[]> {
  // Each connection is checked once, and the problem shown at every step that uses it.
  const users = new Map<string, string[]>();
  const note = (connectionId: string | null, where: string) => {
    if (connectionId) users.set(connectionId, [...(users.get(connectionId) ?? []), where]);
  };
  note(definition.trigger?.connectionId ?? null, "trigger");
  for (const step of definition.steps) if (!isFilterStep(step)) note(step.connectionId, step.id);

  const checks = [...users].map(async ([connectionId, places]) => {
    const message = await connectionProblem({ userId, connectionId });
    return message ? places.map((where) => ({ where, message })) : [];
  });
  return (await Promise.all(checks)).flat();
}

async function connectionProblem({ userId, connectionId }: { userId: string; connectionId: string }): Promise<string | null> {
  let connection;
  try {
    connection = await readConnectionSecrets({ userId, connectionId });
  } catch (error) {
    if (error instanceof DecryptionError) return "This connection's keys cannot be read any more: connect the app again on the Connections page.";
    throw error;
  }
  if (!connection) return "This connection was deleted: choose another.";
  // readConnectionSecrets only decodes connections of apps Conduit has.
  return findApp({ appKey: connection.app })?.connection.check(connection) ?? null;
}
