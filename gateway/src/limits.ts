import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Limits on the shape of an operation, checked before the gateway plans it,
 * so that one request cannot make the gateway fan out thousands of subgraph
 * fields. The PWA's largest operation selects about 30 fields at depth 4.
 */
export const MAX_DEPTH = 10;
export const MAX_FIELDS = 400;
/** Largest number of lexical tokens in one request document; the PWA's largest operation has 52. */
export const MAX_TOKENS = 3000;

function measure(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  depth: number,
  seen: Set<string>,
): { depth: number; fields: number } {
  let maxDepth = depth;
  let fields = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      fields++;
      if (selection.selectionSet) {
        const inner = measure(
          selection.selectionSet,
          fragments,
          depth + 1,
          seen,
        );
        maxDepth = Math.max(maxDepth, inner.depth);
        fields += inner.fields;
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = measure(selection.selectionSet, fragments, depth, seen);
      maxDepth = Math.max(maxDepth, inner.depth);
      fields += inner.fields;
    } else {
      const fragment = fragments.get(selection.name.value);
      // A fragment spread twice on one path is a cycle, which GraphQL validation reports on its own.
      if (!fragment || seen.has(fragment.name.value)) continue;
      const inner = measure(
        fragment.selectionSet,
        fragments,
        depth,
        new Set([...seen, fragment.name.value]),
      );
      maxDepth = Math.max(maxDepth, inner.depth);
      fields += inner.fields;
    }
  }
  return { depth: maxDepth, fields };
}

/** Measures an operation's depth and field count, fragments included. */
export function measureOperation(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): { depth: number; fields: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  return measure(operation.selectionSet, fragments, 1, new Set());
}

/** Returns the error for an operation over the limits, or undefined when it is within them. */
export function operationLimitError(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): GraphQLError | undefined {
  const { depth, fields } = measureOperation(document, operation);
  if (depth <= MAX_DEPTH && fields <= MAX_FIELDS) return undefined;
  return new GraphQLError(
    `Operation is too large: depth ${depth} (maximum ${MAX_DEPTH}) and ${fields} fields (maximum ${MAX_FIELDS}); split it into smaller operations.`,
    { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } },
  );
}

/** Error for a document whose operation cannot be chosen: none named, or an unknown name. */
export function operationNotFound(
  operationName: string | undefined,
): GraphQLError {
  const message = operationName
    ? `Unknown operation named ${operationName}; send one of the operations in the document.`
    : 'The document contains several operations; send operationName to choose one.';
  return new GraphQLError(message, {
    extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
  });
}

/**
 * Rejects an operation over the limits once it is parsed and validated,
 * before the gateway plans it. A plugin is used instead of a validation
 * rule because Apollo Server replaces the code of every validation error
 * with GRAPHQL_VALIDATION_FAILED.
 */
export const operationLimitsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operation, request }) {
        if (!operation) throw operationNotFound(request.operationName);
        const error = operationLimitError(document, operation);
        if (error) throw error;
      },
    };
  },
};
