import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, schemaPrivacyPlugin, type Logger } from '@ykb/common';
import type { GatewayAuditLog } from './auditLog.js';
import type { GatewayContext } from './server.js';

/**
 * Builds the gateway's schema privacy plugin. It allows introspection and
 * "Did you mean …?" suggestions only to callers who may introspect, judged
 * from the token the gateway forwards, so a signed-out session counts as
 * anonymous. Each rejected introspection is written to the audit log when
 * MONGODB_URI is set, and logged otherwise.
 */
export function gatewaySchemaPrivacyPlugin(
  log: Logger,
  auditLog: GatewayAuditLog | undefined,
): ApolloServerPlugin<GatewayContext> {
  const viewerOf = (context: GatewayContext) => context.viewer;
  const policy = schemaPrivacyPlugin<GatewayContext>({
    viewerOf,
    federatedSubgraph: false,
  });
  return {
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
