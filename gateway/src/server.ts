import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  callerAddress,
  clientAddressHeaders,
  clientNetwork,
  signedClientAddress,
  trustedProxiesFromEnv,
  authenticateAndAudit,
  createAuthenticator,
  createGraphQLHttpServer,
  createLogger,
  createTokenVerifier,
  ErrorCode,
  formatClientError,
  gatewayPort,
  listen,
  sendJson,
  SessionChecker,
  sessionCacheMs,
  sessionCheckUrl,
  SUBGRAPHS,
  subgraphUrl,
  type ExtraRoute,
  type Logger,
  type SubgraphName,
  type Viewer,
} from '@ykb/common';
import { SUPERGRAPH_PATH } from './compose.js';
import {
  CostRateLimiter,
  MAX_TOKENS,
  operationLimitsPlugin,
} from './limits.js';
import { openAuditLog } from './auditLog.js';
import { limitCounters } from './rateLimit.js';
import { limitRejectionRecorder } from './limitRejections.js';
import { gatewaySchemaPrivacyPlugin } from './schemaPrivacy.js';
import { throttleStatusPlugin } from './throttleStatus.js';

/** Context of one gateway request: what is forwarded to every subgraph. */
export interface GatewayContext {
  /** Caller's Authorization header, forwarded only after its token and session were checked. */
  authorization?: string;
  /** The caller verified from that header; absent for anonymous requests. */
  viewer?: Viewer;
  requestId: string;
  /** Caller's network (see clientNetwork): the rate-limit key of anonymous requests here and in subgraphs. */
  clientAddress: string;
}

/** Forwards the caller's bearer token and the request id to each subgraph. */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /**
   * Reports a subgraph that cannot be reached as UPSTREAM_FAILED with the
   * service's name. The network error names the subgraph's internal URL, so
   * it goes to the log only. Only the fetch is wrapped: errors the subgraph
   * answered keep their own code, and the gateway's own failures stay
   * internal errors.
   */
  constructor(serviceName: SubgraphName, url: string, log: Logger) {
    super({ url });
    const fetcher = this.fetcher;
    this.fetcher = async (...args) => {
      try {
        return await fetcher(...args);
      } catch (error) {
        log.warn({ err: error, serviceName }, 'subgraph call failed');
        throw new GraphQLError(
          `The ${serviceName} service is unavailable, so the request was not completed. Retry later.`,
          {
            extensions: { code: ErrorCode.UpstreamFailed, serviceName },
          },
        );
      }
    };
  }

  /**
   * Keeps a subgraph's own client error when it responds with HTTP 400, for
   * example BAD_USER_INPUT for a variable that fails scalar coercion, or
   * with 401, UNAUTHENTICATED with the reason a token was refused (a
   * session signed out while this gateway still had it cached as open).
   * Without this the gateway reports every non-2xx response as an internal
   * error.
   */
  override async errorFromResponse(
    response: FetcherResponse,
  ): Promise<GraphQLError> {
    if (response.status === 400 || response.status === 401) {
      const body = (await response
        .clone()
        .json()
        .catch(() => null)) as {
        errors?: {
          message?: string;
          extensions?: { code?: unknown; reason?: unknown };
        }[];
      } | null;
      const first = body?.errors?.[0];
      if (first?.message && typeof first.extensions?.code === 'string') {
        const { code, reason } = first.extensions;
        return new GraphQLError(first.message, {
          extensions: typeof reason === 'string' ? { code, reason } : { code },
        });
      }
    }
    return super.errorFromResponse(response);
  }

  override willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http) return;
    if (context.authorization)
      request.http.headers.set('authorization', context.authorization);
    if (context.requestId)
      request.http.headers.set('x-request-id', context.requestId);
    // Always set, so a caller cannot choose its own address through the gateway.
    for (const [name, value] of Object.entries(
      clientAddressHeaders(context.clientAddress),
    ))
      request.http.headers.set(name, value);
  }
}

export interface RunningGateway {
  url: string;
  close: () => Promise<void>;
  /**
   * Syncs the limit counters shared with other gateways now, instead of at
   * the next tick, and returns the totals of `key` (`user:<id>` or
   * `address:<ip>`) across gateways: cost spent this minute and
   * operations running.
   */
  limitTotals: (key: string) => Promise<{ cost: number; running: number }>;
}

/**
 * Starts the gateway on the checked-in supergraph. Usage reporting is off:
 * APOLLO_TELEMETRY_DISABLED is forced to true before the gateway loads, and
 * no landing page is served, because Apollo's default page loads scripts
 * from a CDN outside the platform.
 */
export async function startGateway(
  port = gatewayPort(),
  corsOrigins: string[] = [],
): Promise<RunningGateway> {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const log = createLogger('gateway');
  const sessions = new SessionChecker({
    identityUrl: sessionCheckUrl(),
    activeTtlMs: sessionCacheMs(),
    log,
  });
  // Outside callers never act as SYSTEM: only subgraphs send each other those tokens.
  const authenticator = createAuthenticator(
    createTokenVerifier({ acceptServiceTokens: false }),
    (viewer, expiresAt) => sessions.isActive(viewer.sessionId, expiresAt),
  );
  const auditLog = openAuditLog(log);
  const { costCounters, runningCounters } = limitCounters(auditLog, log);
  const supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) =>
      new ForwardingDataSource(
        name as SubgraphName,
        subgraphUrl(name as SubgraphName),
        log,
      ),
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    // Bounds parsing work before validation runs: deeply nested input otherwise exhausts the stack.
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: (formatted, error) =>
      formatClientError(formatted, error, (err) =>
        log.error({ err }, 'unexpected gateway error'),
      ),
    // Allowed here and decided per caller by gatewaySchemaPrivacyPlugin.
    introspection: true,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      operationLimitsPlugin(
        new CostRateLimiter(Date.now, costCounters),
        limitRejectionRecorder(log, auditLog),
        runningCounters,
      ),
      gatewaySchemaPrivacyPlugin(log, auditLog),
      throttleStatusPlugin(),
    ],
  });
  await server.start();

  const health: ExtraRoute = async ({ url, res }) => {
    if (url.pathname !== '/health') return false;
    const results = await Promise.all(
      SUBGRAPHS.map(async (name) => {
        const healthUrl = subgraphUrl(name).replace(/\/graphql$/, '/health');
        try {
          const response = await fetch(healthUrl, {
            signal: AbortSignal.timeout(2000),
          });
          return [
            name,
            response.ok ? 'ok' : `status ${response.status}`,
          ] as const;
        } catch {
          return [name, 'unreachable'] as const;
        }
      }),
    );
    const allOk = results.every(([, status]) => status === 'ok');
    sendJson(res, allOk ? 200 : 503, {
      status: allOk ? 'ok' : 'degraded',
      subgraphs: Object.fromEntries(results),
    });
    return true;
  };

  // The PWA's server names its caller in a signed header; other reverse proxies
  // are believed through X-Forwarded-For only when YKB_TRUSTED_PROXIES lists them.
  const trustedProxies = trustedProxiesFromEnv();
  const http = createGraphQLHttpServer<GatewayContext>({
    server,
    log,
    corsOrigins,
    trustIncomingRequestId: false,
    routes: [health],
    // A refused token fails the request here with UNAUTHENTICATED and its reason, before any subgraph is called.
    context: async (req: IncomingMessage, requestId: string) => {
      const viewer = await authenticateAndAudit(
        authenticator,
        req.headers.authorization,
        (event) =>
          auditLog
            ? auditLog.audit.record({ ...event, requestId })
            : Promise.resolve(
                log.warn({ ...event, requestId }, 'token rejected'),
              ),
      );
      return {
        authorization: viewer ? req.headers.authorization : undefined,
        viewer,
        requestId,
        // NOTE: behind a reverse proxy this is the proxy's address, so every client shares one limit.
        clientAddress: clientNetwork(
          signedClientAddress(req) ??
            callerAddress(
              req.socket.remoteAddress,
              req.headers['x-forwarded-for'],
              trustedProxies,
            ),
        ),
      };
    },
  });
  await listen(http, port);
  const address = http.address();
  const actualPort =
    typeof address === 'object' && address ? address.port : port;
  log.info({ port: actualPort }, 'gateway ready');
  return {
    url: `http://127.0.0.1:${actualPort}/graphql`,
    limitTotals: async (key) => {
      // A sync already under way may have started before the caller's last
      // change, so a second one follows it.
      for (let round = 0; round < 2; round++)
        await Promise.all([costCounters.sync(), runningCounters.sync()]);
      return {
        cost: costCounters.total(key),
        running: runningCounters.total(key),
      };
    },
    close: async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await server.stop();
      await costCounters.stop();
      await runningCounters.stop();
      await auditLog?.connection.close();
      log.info('gateway stopped');
    },
  };
}
