/** Why Conduit turned a zap off when one of its connections was deleted, as the zap shows it. */
export function connectionDeletedReason({ appName }: { appName: string }): string {
  return `Its ${appName} connection was deleted. Connect the same account again (Connections) to move the zap to it, or choose another connection and publish.`;
}
