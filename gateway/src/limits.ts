import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * Limits on the shape of an operation, checked before the gateway plans it,
 * so that one request cannot make the gateway fan out thousands of subgraph
 * fields. The PWA's largest operation selects about 30 fields at depth 4.
 */
export const MAX_DEPTH = 10;
export const MAX_FIELDS = 400;

function measure(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, depth: number, seen: Set<string>): { depth: number; fields: number } {
  let maxDepth = depth;
  let fields = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      fields++;
      if (selection.selectionSet) {
        const inner = measure(selection.selectionSet, fragments, depth + 1, seen);
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
      const inner = measure(fragment.selectionSet, fragments, depth, new Set([...seen, fragment.name.value]));
      maxDepth = Math.max(maxDepth, inner.depth);
      fields += inner.fields;
    }
  }
  return { depth: maxDepth, fields };
}

/** Validation rule that rejects operations deeper than MAX_DEPTH or selecting more than MAX_FIELDS fields. */
export function operationLimitsRule(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return {
    OperationDefinition(operation) {
      const { depth, fields } = measure(operation.selectionSet, fragments, 1, new Set());
      if (depth > MAX_DEPTH || fields > MAX_FIELDS) {
        context.reportError(
          new GraphQLError(
            `Operation is too large: depth ${depth} (maximum ${MAX_DEPTH}) and ${fields} fields (maximum ${MAX_FIELDS}); split it into smaller operations.`,
            { nodes: [operation], extensions: { code: 'QUERY_TOO_COMPLEX' } },
          ),
        );
      }
    },
  };
}
