import {
  documentNestingDepth,
  MAX_DOCUMENT_NESTING,
} from './documentNesting.js';
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { randomUUID } from 'node:crypto';
import { answerClientError } from './clientError.js';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from './logger.js';

/** Largest accepted request body; material uploads arrive base64-encoded inside GraphQL variables. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  requestId: string;
}

export type ExtraRoute = (ctx: RouteContext) => Promise<boolean> | boolean;

/** Reports whether any GraphQL document of a request, batched or not, nests deeper than MAX_DOCUMENT_NESTING. */
function nestsTooDeeply(body: unknown, searchQuery: string | null): boolean {
  const requests = Array.isArray(body) ? body : [body];
  const documents = requests
    .map((request) => (request as { query?: unknown } | null)?.query)
    .concat(searchQuery);
  return documents.some(
    (document) =>
      typeof document === 'string' &&
      documentNestingDepth(document) > MAX_DOCUMENT_NESTING,
  );
}

/** Error of readBody for a body over its limit; `status` 413 and a message that states the limit. */
export class BodyTooLargeError extends Error {
  readonly status = 413;

  constructor(readonly maxBytes: number) {
    super(`Request body is larger than ${byteSize(maxBytes)}.`);
    this.name = 'BodyTooLargeError';
  }
}

/** Writes a byte count in MiB or KiB when it is a whole number of them, else in bytes. */
function byteSize(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/** Reads a request body as UTF-8; throws BodyTooLargeError once it exceeds `maxBytes`. */
export async function readBody(
  req: IncomingMessage,
  maxBytes = MAX_BODY_BYTES,
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLargeError(maxBytes);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

export interface GraphQLHttpOptions<C extends BaseContext> {
  server: ApolloServer<C>;
  log: Logger;
  context: (req: IncomingMessage, requestId: string) => Promise<C>;
  routes?: ExtraRoute[];
  /** Origins allowed by CORS; the PWA's origin in development. */
  corsOrigins?: string[];
  /**
   * Whether to take the request id from an incoming x-request-id header.
   * Subgraphs take the gateway's; the gateway, which outside callers reach,
   * makes its own, so no caller can choose the id of audit records.
   */
  trustIncomingRequestId?: boolean;
}

/**
 * Serves Apollo Server over node:http at /graphql, plus extra routes such as
 * /health. Every request gets an id, taken from the x-request-id header when
 * trusted and well-formed, and echoed back.
 */
export function createGraphQLHttpServer<C extends BaseContext>(
  options: GraphQLHttpOptions<C>,
): Server {
  const { server, log } = options;
  const http = createServer((req, res) => {
    const started = Date.now();
    const incoming = req.headers['x-request-id'];
    const requestId =
      (options.trustIncomingRequestId ?? true) &&
      typeof incoming === 'string' &&
      /^[\w-]{1,100}$/.test(incoming)
        ? incoming
        : randomUUID();
    res.setHeader('x-request-id', requestId);
    const origin = req.headers.origin;
    if (origin && (options.corsOrigins ?? []).includes(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'origin');
      res.setHeader(
        'access-control-allow-headers',
        'content-type, authorization, x-request-id, apollo-require-preflight',
      );
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    handle(req, res, url, requestId)
      .catch((error: unknown) => {
        const status = (error as { status?: number }).status ?? 500;
        if (status >= 500)
          log.error({ err: error, requestId }, 'request failed');
        // The rest of an oversized body is never read, so this connection cannot carry another request.
        if (status === 413) res.setHeader('connection', 'close');
        if (!res.headersSent)
          sendJson(res, status, {
            errors: [
              {
                message:
                  status === 413
                    ? error instanceof BodyTooLargeError
                      ? error.message
                      : `Request body is larger than ${byteSize(MAX_BODY_BYTES)}.`
                    : 'Internal server error.',
                extensions: {
                  code:
                    status === 413
                      ? 'PAYLOAD_TOO_LARGE'
                      : 'INTERNAL_SERVER_ERROR',
                },
              },
            ],
          });
        else res.end();
      })
      .finally(() => {
        log.debug(
          {
            requestId,
            method: req.method,
            path: url.pathname,
            status: res.statusCode,
            ms: Date.now() - started,
          },
          'request',
        );
      });
  });
  // Idle keep-alive connections stay open longer than clients keep them
  // (the gateway's HTTP agent and browsers close idle sockets within
  // seconds), so the server never closes a socket a client is about to reuse.
  http.keepAliveTimeout = 75_000;
  http.headersTimeout = 76_000;
  http.on('clientError', answerClientError);
  return http;

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    requestId: string,
  ): Promise<void> {
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      res.end();
      return;
    }
    for (const route of options.routes ?? []) {
      if (await route({ req, res, url, requestId })) return;
    }
    if (url.pathname !== '/graphql') {
      sendJson(res, 404, {
        error: `No route for ${url.pathname}; GraphQL is served at /graphql.`,
      });
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined)
        headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
      if (type.toLowerCase() !== 'application/json') {
        sendJson(res, 415, {
          errors: [
            {
              message:
                'Send GraphQL requests with the content type application/json.',
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        });
        return;
      }
      const text = await readBody(req);
      try {
        body = text ? JSON.parse(text) : {};
      } catch {
        sendJson(res, 400, {
          errors: [
            {
              message: 'Request body is not valid JSON.',
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        });
        return;
      }
    }
    if (nestsTooDeeply(body, url.searchParams.get('query'))) {
      sendJson(res, 400, {
        errors: [
          {
            message: `The GraphQL document nests brackets more than ${MAX_DOCUMENT_NESTING} levels deep.`,
            extensions: { code: 'GRAPHQL_PARSE_FAILED' },
          },
        ],
      });
      return;
    }
    const result = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method ?? 'GET',
        headers,
        search: url.search,
        body,
      },
      context: () => options.context(req, requestId),
    });
    res.statusCode = result.status ?? 200;
    for (const [key, value] of result.headers) res.setHeader(key, value);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }
}

/**
 * Starts listening on loopback, or on YKB_LISTEN_HOST when it is set. Rejects
 * with a clear message when the port is taken.
 */
export function listen(server: Server, port: number): Promise<void> {
  const host = process.env.YKB_LISTEN_HOST ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} on ${host} is already in use; stop the process using it or set YKB_PORT_BASE to another base port.`,
            )
          : error,
      );
    });
    server.listen(port, host, () => resolve());
  });
}
