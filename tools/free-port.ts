import { createServer } from "node:net";

/** `preferred` when nothing listens on it (on 127.0.0.1), else a port the OS picks. */
export async function freePort({ preferred }: { preferred?: number } = {}): Promise<number> {
  if (preferred !== undefined && (await listenOn(preferred)) !== undefined) return preferred;
  const port = await listenOn(0);
  if (port === undefined) throw new Error("Could not find a free TCP port on 127.0.0.1.");
  return port;
}

function listenOn(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(undefined));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === "object" && address ? address.port : undefined;
      server.close(() => resolve(bound));
    });
  });
}
