// For the browser tests: the emails a test SMTP server received (start-smtp-server.ts), as JSON over
// HTTP (GET /?to=<address>), since Playwright runs in another process than the launcher that holds
// them. Listens on 127.0.0.1 only.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { ReceivedEmail } from "@/test/start-smtp-server";

export async function serveMailInbox({ received }: { received: ReceivedEmail[] }): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const to = new URL(request.url ?? "/", "http://inbox").searchParams.get("to")?.toLowerCase();
    const emails = to ? received.filter((email) => email.to.some((address) => address.toLowerCase() === to)) : received;
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(emails));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
