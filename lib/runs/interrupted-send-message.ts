/** A step whose attempt stopped (worker killed, run given up) between sending its request and the answer. */
export function interruptedSendMessage({ appName }: { appName: string }): string {
  return `The worker stopped while sending this request, before ${appName} answered; ${appName} may or may not have received it.`;
}
