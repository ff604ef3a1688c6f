import { readFile, stat } from 'node:fs/promises';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { extname, join, normalize } from 'node:path';
import { clientAddressHeaders } from '@ykb/common';

/**
 * Serves the built PWA on a loopback port and forwards `/graphql` to the
 * gateway, like the preview server, but under the test's control: it can
 * let the gateway commit a request and then drop the response, as a mobile
 * connection that fails on the way back does, or block a request before
 * it reaches the gateway, as a connection that fails on the way there
 * does. It can also hold a request until the test releases it. It records
 * every GraphQL request it receives.
 */

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** One GraphQL request the server received. */
export interface ForwardedRequest {
  operationName: string | null;
  /** `input.idempotencyKey` of the variables, when there is one. */
  idempotencyKey: string | null;
  /** The request's GraphQL variables, or null. */
  variables: Record<string, unknown> | null;
  /** The gateway answered, but the browser never got the answer. */
  dropped: boolean;
  /** The connection was closed before the request reached the gateway. */
  blocked: boolean;
}

export interface PwaServer {
  url: string;
  forwarded: ForwardedRequest[];
  /**
   * Decides for each forwarded request whether its response is dropped
   * after the gateway answered; the default drops none.
   */
  dropResponse: (request: ForwardedRequest) => boolean;
  /**
   * Decides for each GraphQL request whether its connection is closed
   * before it reaches the gateway; the default blocks none.
   */
  blockRequest: (request: ForwardedRequest) => boolean;
  /**
   * Returns a promise that a GraphQL request waits for before it reaches
   * the gateway, or null to forward it at once (the default). A held
   * request is forwarded when the promise resolves even if the browser
   * closed its connection meanwhile, as a request already on its way does.
   */
  holdRequest: (request: ForwardedRequest) => Promise<void> | null;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function describe(body: Buffer): Omit<ForwardedRequest, 'dropped' | 'blocked'> {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as {
      operationName?: unknown;
      variables?: { input?: { idempotencyKey?: unknown } } | null;
    };
    const key = parsed.variables?.input?.idempotencyKey;
    return {
      operationName:
        typeof parsed.operationName === 'string' ? parsed.operationName : null,
      idempotencyKey: typeof key === 'string' ? key : null,
      variables: parsed.variables ?? null,
    };
  } catch {
    return { operationName: null, idempotencyKey: null, variables: null };
  }
}

export async function startPwaServer(options: {
  port: number;
  distDir: string;
  gatewayUrl: string;
}): Promise<PwaServer> {
  const gateway = new URL(options.gatewayUrl);
  const state: PwaServer = {
    url: `http://127.0.0.1:${options.port}/`,
    forwarded: [],
    dropResponse: () => false,
    blockRequest: () => false,
    holdRequest: () => null,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  async function forward(req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req);
    const record: ForwardedRequest = {
      ...describe(body),
      dropped: false,
      blocked: false,
    };
    state.forwarded.push(record);
    if (state.blockRequest(record)) {
      record.blocked = true;
      req.socket.destroy();
      return;
    }
    await state.holdRequest(record);
    // Names the browser in a signed header, as the PWA's own server does.
    const headers = {
      ...req.headers,
      host: gateway.host,
      ...clientAddressHeaders(req.socket.remoteAddress ?? 'unknown'),
    };
    const upstream = httpRequest(
      {
        host: gateway.hostname,
        port: gateway.port,
        path: req.url,
        method: req.method,
        headers,
      },
      async (answer) => {
        const answerBody = await readBody(answer);
        if (state.dropResponse(record) || req.socket.destroyed) {
          record.dropped = true;
          req.socket.destroy();
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        res.end(answerBody);
      },
    );
    upstream.on('error', () => req.socket.destroy());
    upstream.end(body);
  }

  async function serveFile(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? '/', state.url).pathname;
    let file = normalize(join(options.distDir, path));
    if (!file.startsWith(options.distDir)) {
      res.writeHead(404).end();
      return;
    }
    const found = await stat(file).catch(() => null);
    if (!found?.isFile()) {
      // Navigations get the app shell; missing assets get a 404.
      if (extname(path)) {
        res.writeHead(404).end();
        return;
      }
      file = join(options.distDir, 'index.html');
    }
    res.writeHead(200, {
      'content-type':
        CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(await readFile(file));
  }

  const server: Server = createServer((req, res) => {
    const handle = (req.url ?? '').startsWith('/graphql') ? forward : serveFile;
    handle(req, res).catch(() => req.socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return state;
}
