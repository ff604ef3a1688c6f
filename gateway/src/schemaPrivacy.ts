import mongoose, { type Connection } from 'mongoose';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  auditDatabaseName,
  createAuditLog,
  ErrorCode,
  schemaPrivacyPlugin,
  type AuditLog,
  type Logger,
} from '@ykb/common';
import type { GatewayContext } from './server.js';

/**
 * Opens the connection of the platform's audit log when MONGODB_URI is set.
 * Operations wait for the connection, so the gateway starts without waiting
 * for the database.
 */
function openAuditLog(
  log: Logger,
): { audit: AuditLog; connection: Connection } | undefined {
  const uri = process.env.MONGODB_URI;
  if (!uri) return undefined;
  const connection = mongoose.createConnection(uri, {
    dbName: auditDatabaseName(),
    autoIndex: false,
    autoCreate: false,
    serverSelectionTimeoutMS: 10000,
  });
  connection
    .asPromise()
    .catch((err: unknown) =>
      log.error({ err }, 'audit database unreachable from the gateway'),
    );
  return { audit: createAuditLog(connection, 'gateway', log), connection };
}

/**
 * Builds the gateway's schema privacy plugin. It allows introspection and
 * "Did you mean …?" suggestions only to callers who may introspect, judged
 * from the token the gateway forwards, so a signed-out session counts as
 * anonymous. Each rejected introspection is written to the audit log when
 * MONGODB_URI is set, and logged otherwise.
 */
export function gatewaySchemaPrivacyPlugin(
  log: Logger,
): ApolloServerPlugin<GatewayContext> {
  const viewerOf = (context: GatewayContext) => context.viewer;
  const policy = schemaPrivacyPlugin<GatewayContext>({
    viewerOf,
    federatedSubgraph: false,
  });
  const auditLog = openAuditLog(log);
  return {
    async serverWillStart() {
      return {
        async serverWillStop() {
          await auditLog?.connection.close();
        },
      };
    },
    async requestDidStart(requestContext) {
      const hooks = await policy.requestDidStart!(requestContext);
      return {
        ...hooks,
        async willSendResponse(context) {
          await hooks?.willSendResponse?.(context);
          const { response, contextValue, operation } = context;
          if (response.body.kind !== 'single') return;
          const rejected = response.body.singleResult.errors?.some(
            (error) =>
              error.extensions?.code === ErrorCode.IntrospectionDisabled,
          );
          if (!rejected) return;
          const viewer = viewerOf(contextValue);
          const event = {
            action: operation?.name?.value ?? 'introspection',
            outcome: 'REFUSED' as const,
            code: ErrorCode.IntrospectionDisabled,
            actorId: viewer?.userId,
            requestId: contextValue.requestId,
          };
          if (auditLog)
            await auditLog.audit.record(event).catch(() => undefined);
          else log.warn(event, 'introspection rejected');
        },
      };
    },
  };
}
