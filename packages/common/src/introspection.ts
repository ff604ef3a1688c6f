import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { hasRole, Role, type Viewer } from './auth.js';
import { ErrorCode } from './errors.js';

/**
 * Reports whether a caller may see the schema: introspection and "Did you
 * mean …?" suggestions. Signed-in analysts and administrators and service
 * calls may. With YKB_PUBLIC_INTROSPECTION=true everyone may.
 */
export function mayIntrospect(viewer: Viewer | undefined): boolean {
  return (
    process.env.YKB_PUBLIC_INTROSPECTION === 'true' ||
    hasRole(viewer, Role.Analyst, Role.Admin, Role.System)
  );
}

/** Names of the fields that an operation selects anywhere, fragments included. */
function selectedFieldNames(document: DocumentNode): Set<string> {
  const names = new Set<string>();
  visit(document, {
    [Kind.FIELD]: (node) => {
      names.add(node.name.value);
    },
  });
  return names;
}

/** A suggestion such as ` Did you mean "types"?` in a graphql-js message. */
const SUGGESTION = / ?Did you mean(.+?)\?/g;

/** Removes schema suggestions from an error message. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

export interface SchemaPrivacyOptions<C> {
  /** The caller of a request, or undefined when anonymous. */
  viewerOf: (context: C) => Viewer | undefined;
  /** Whether this server has federation's `_service { sdl }` field, which only service calls may select. */
  federatedSubgraph: boolean;
}

function introspectionDisabled(): GraphQLError {
  return new GraphQLError(
    'Introspection is not available to this caller: sign in with the ANALYST or ADMIN role.',
    {
      extensions: {
        code: ErrorCode.IntrospectionDisabled,
        http: { status: 403 },
      },
    },
  );
}

/**
 * Apollo Server plugin that shows the schema only to callers who may
 * introspect (see mayIntrospect). Others get INTROSPECTION_DISABLED for an
 * operation that selects `__schema` or `__type` and error messages without
 * "Did you mean …?" suggestions. On a subgraph, `_service` (its SDL) is for
 * service calls only. The server itself must allow introspection, because
 * this plugin decides per caller; `__typename` stays available to all.
 */
export function schemaPrivacyPlugin<C extends BaseContext>(
  options: SchemaPrivacyOptions<C>,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          const names = selectedFieldNames(document);
          const viewer = options.viewerOf(contextValue);
          if (
            options.federatedSubgraph &&
            names.has('_service') &&
            !hasRole(viewer, Role.System)
          )
            throw introspectionDisabled();
          if (
            (names.has('__schema') || names.has('__type')) &&
            !mayIntrospect(viewer)
          )
            throw introspectionDisabled();
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const { singleResult } = response.body;
          if (
            !singleResult.errors ||
            mayIntrospect(options.viewerOf(contextValue))
          )
            return;
          singleResult.errors = singleResult.errors.map((error) => ({
            ...error,
            message: withoutSuggestions(error.message),
          }));
        },
      };
    },
  };
}
