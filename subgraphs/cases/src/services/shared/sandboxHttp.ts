import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { readBody, sendJson, type Logger } from '@ykb/common';

/** A route of a sandbox server; returns false when the path is not its own. */
export type SandboxRoute = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  body: string,
) => Promise<boolean> | boolean;

/** A loopback HTTP server that replaces an outside provider. */
export interface SandboxServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Starts a sandbox server on 127.0.0.1 and `port` (0 picks a free one).
 * Unknown paths get 404, thrown errors 500 and a logged error.
 */
export async function startSandboxServer(
  name: string,
  port: number,
  log: Logger,
  routes: SandboxRoute[],
): Promise<SandboxServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    void (async () => {
      try {
        const body = req.method === 'POST' ? await readBody(req, 1 << 20) : '';
        for (const route of routes)
          if (await route(req, res, url, body)) return;
        sendJson(res, 404, { error: 'NOT_FOUND', path: url.pathname });
      } catch (error) {
        log.error(
          { err: error, sandbox: name, path: url.pathname },
          'sandbox request failed',
        );
        if (!res.headersSent) sendJson(res, 500, { error: 'INTERNAL' });
        else res.end();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actualPort =
    typeof address === 'object' && address ? address.port : port;
  log.info({ sandbox: name, port: actualPort }, 'sandbox started');
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}

/** Parses a JSON request body into an object; throws on anything else. */
export function parseJsonObject(body: string): Record<string, unknown> {
  const value: unknown = JSON.parse(body || '{}');
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Error('request body must be a JSON object');
  return value as Record<string, unknown>;
}
