import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { DocumentNode } from 'graphql';
import type { Connection } from 'mongoose';
import { viewerFromHeader, type Viewer } from './auth.js';
import { connectDatabase, ensureIndexes } from './db.js';
import { formatClientError } from './errors.js';
import { createGraphQLHttpServer, listen, sendJson, type ExtraRoute } from './http.js';
import { createLogger, type Logger } from './logger.js';
import { subgraphPort, type SubgraphName } from './services.js';

/** Context every resolver receives. */
export interface BaseResolverContext {
  viewer?: Viewer;
  requestId: string;
  log: Logger;
}

export interface SubgraphDefinition<C extends BaseResolverContext> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<C>;
  /** Registers models on the connection and returns what the context needs. */
  setup: (connection: Connection, log: Logger) => Promise<SubgraphRuntime<C>> | SubgraphRuntime<C>;
}

export interface SubgraphRuntime<C extends BaseResolverContext> {
  /** Builds the per-request context (DataLoaders live here). */
  context: (base: BaseResolverContext) => C;
  /** Runs after indexes exist and before the service reports ready (seeding, workers). */
  afterIndexes?: () => Promise<void>;
  routes?: ExtraRoute[];
  /** Stops background work on shutdown. */
  stop?: () => Promise<void>;
}

export interface RunningSubgraph {
  url: string;
  connection: Connection;
  close: () => Promise<void>;
}

/**
 * Starts one subgraph: connects its database, creates indexes, then serves
 * GraphQL with /health reporting ready only after that.
 */
export async function startSubgraph<C extends BaseResolverContext>(definition: SubgraphDefinition<C>, port = subgraphPort(definition.name)): Promise<RunningSubgraph> {
  const log = createLogger(definition.name);
  const connection = await connectDatabase(definition.name);
  const runtime = await definition.setup(connection, log);
  await ensureIndexes(connection);
  await runtime.afterIndexes?.();

  const server = new ApolloServer<C>({
    schema: buildSubgraphSchema([{ typeDefs: definition.typeDefs, resolvers: definition.resolvers }]),
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatClientError(formatted, error, (err) => log.error({ err }, 'unexpected resolver error')),
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();

  const health: ExtraRoute = async ({ url, res }) => {
    if (url.pathname !== '/health') return false;
    try {
      await connection.db!.admin().ping();
      sendJson(res, 200, { status: 'ok', service: definition.name });
    } catch {
      sendJson(res, 503, { status: 'database unreachable', service: definition.name });
    }
    return true;
  };

  const http = createGraphQLHttpServer<C>({
    server,
    log,
    routes: [health, ...(runtime.routes ?? [])],
    context: async (req: IncomingMessage, requestId: string) => {
      const viewer = viewerFromHeader(req.headers.authorization);
      return runtime.context({ viewer, requestId, log: log.child({ requestId }) });
    },
  });
  await listen(http, port);
  const address = http.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  log.info({ port: actualPort }, 'subgraph ready');

  return {
    url: `http://127.0.0.1:${actualPort}/graphql`,
    connection,
    close: async () => {
      await runtime.stop?.();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await server.stop();
      await connection.close();
      log.info('subgraph stopped');
    },
  };
}

/** Runs a subgraph as the main module: starts it and stops cleanly on SIGINT or SIGTERM. */
export function runAsMain<C extends BaseResolverContext>(definition: SubgraphDefinition<C>): void {
  startSubgraph(definition).then(
    (running) => {
      const stop = () => {
        running.close().then(() => process.exit(0), () => process.exit(1));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error: unknown) => {
      console.error(`${definition.name} subgraph failed to start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
