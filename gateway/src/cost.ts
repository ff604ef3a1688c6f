import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * Cost of an operation: every selected field costs 1, plus its own weight
 * from FIELD_COSTS, and the selection under a list field counts once per row
 * the list may return. The rows are the list's `first` or `limit` argument
 * (the variable's value, else the argument's default), or DEFAULT_LIST_ROWS
 * for a list without one.
 */

/** Rows assumed for a list field without a `first` or `limit` argument: the largest page a subgraph returns. */
export const DEFAULT_LIST_ROWS = 100;
/** Rows assumed for a list field without a page argument below the root: an array inside one record. */
export const EMBEDDED_LIST_ROWS = 10;

/** Extra cost of fields that run aggregation pipelines over many records: the statistics queries. */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  'Query.caseStatistics': 500,
  'Query.hallStatistics': 500,
  'Query.licenceStatistics': 500,
  'Query.intermediaryStatistics': 500,
  'Query.supervisionStats': 200,
  'Query.itemStatistics': 100,
};

const PAGE_ARGUMENTS = ['first', 'limit'];

/*
 * Types are inspected by shape, not with graphql's isListType or
 * valueFromAST: the gateway's schema comes from the CommonJS copy of graphql
 * and this module may load the ES module copy, and graphql's instanceof
 * checks refuse objects of the other copy.
 */

/** Reports whether a field's type is a list, nullable or not. */
function isList(type: GraphQLType): boolean {
  return String(type).replace(/!$/, '').startsWith('[');
}

/** Returns the named type inside list and non-null wrappers. */
function namedType(type: GraphQLType): GraphQLNamedType {
  let inner: GraphQLType = type;
  while ('ofType' in inner && inner.ofType) inner = inner.ofType as GraphQLType;
  return inner as GraphQLNamedType;
}

function fieldsOf(
  type: GraphQLNamedType,
): ReturnType<GraphQLObjectType['getFields']> | undefined {
  if (!('getFields' in type) || typeof type.getFields !== 'function')
    return undefined;
  return type.getFields() as ReturnType<GraphQLObjectType['getFields']>;
}

/** Returns an integer literal's value, or undefined for any other value. */
function intLiteral(node: ValueNode | undefined): number | undefined {
  return node?.kind === Kind.INT ? Number(node.value) : undefined;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  operation: OperationDefinitionNode;
}

/** Returns the rows a list field may return, from its page argument. */
function listRows(
  walk: Walk,
  field: FieldNode,
  definition: GraphQLField<unknown, unknown>,
  atRoot: boolean,
): number {
  const argumentDefinition = definition.args.find((a) =>
    PAGE_ARGUMENTS.includes(a.name),
  );
  if (!argumentDefinition)
    return atRoot ? DEFAULT_LIST_ROWS : EMBEDDED_LIST_ROWS;
  const node = field.arguments?.find(
    (a) => a.name.value === argumentDefinition.name,
  );
  let value: unknown = argumentDefinition.defaultValue;
  if (node?.value.kind === Kind.VARIABLE) {
    const name = node.value.name.value;
    const declared = walk.operation.variableDefinitions?.find(
      (v) => v.variable.name.value === name,
    );
    if (walk.variables[name] !== undefined) value = walk.variables[name];
    else if (declared?.defaultValue) value = intLiteral(declared.defaultValue);
  } else if (node) {
    value = intLiteral(node.value);
  }
  return typeof value === 'number' && Number.isFinite(value) && value >= 1
    ? Math.ceil(value)
    : DEFAULT_LIST_ROWS;
}

function selectionCost(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  seen: ReadonlySet<string>,
  atRoot = false,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Meta fields (__typename, which Apollo Client adds to every selection
      // set, and introspection) read no data and cost nothing.
      if (selection.name.value.startsWith('__')) continue;
      cost += 1;
      const definition = fieldsOf(parent)?.[selection.name.value];
      if (!definition) continue;
      cost += FIELD_COSTS[`${parent.name}.${definition.name}`] ?? 0;
      if (!selection.selectionSet) continue;
      const inner = selectionCost(
        walk,
        selection.selectionSet,
        namedType(definition.type),
        seen,
      );
      const rows = isList(definition.type)
        ? listRows(walk, selection, definition, atRoot)
        : 1;
      cost += rows * inner;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? walk.schema.getType(selection.typeCondition.name.value)
        : parent;
      cost += selectionCost(
        walk,
        selection.selectionSet,
        type ?? parent,
        seen,
        atRoot,
      );
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      // A fragment spread twice on one path is a cycle, which GraphQL validation reports on its own.
      if (!fragment || seen.has(fragment.name.value)) continue;
      const type = walk.schema.getType(fragment.typeCondition.name.value);
      cost += selectionCost(
        walk,
        fragment.selectionSet,
        type ?? parent,
        new Set([...seen, fragment.name.value]),
        atRoot,
      );
    }
  }
  return cost;
}

/** Computes the cost of an operation against the schema, fragments included. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;
  return selectionCost(
    { schema, fragments, variables, operation },
    operation.selectionSet,
    root,
    new Set(),
    true,
  );
}
