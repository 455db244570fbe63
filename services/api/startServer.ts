import { createServer, type Server } from 'node:http';
import type { Express } from 'express';

export interface RunningServer {
  server: Server;
  url: string;
  /** Stops accepting connections and resolves once in-flight requests have finished (or the grace period ran out). */
  stop(): Promise<void>;
}

export async function startServer(app: Express, host: string, port: number, graceMs: number): Promise<RunningServer> {
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;

  return {
    server,
    url: `http://${host}:${boundPort}`,
    stop: () =>
      new Promise<void>((resolve) => {
        const forceTimer = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearTimeout(forceTimer);
          resolve();
        });
        // Keep-alive connections with no request in flight would hold close() open.
        server.closeIdleConnections();
      }),
  };
}
