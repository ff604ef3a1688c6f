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
 * for a list without one, but never more than the list's bound in
 * STATISTICS_ROW_BOUNDS.
 */

/** Rows assumed for a list field without a `first` or `limit` argument: the largest page a subgraph returns. */
export const DEFAULT_LIST_ROWS = 100;
/** Rows assumed for a list field without a page argument below the root: an array inside one record. */
export const EMBEDDED_LIST_ROWS = 10;

/**
 * Extra cost of fields that run aggregation pipelines over many records: the
 * statistics queries. The weights are estimates relative to the 1 of a field.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  'Query.caseStatistics': 250,
  'Query.hallStatistics': 250,
  'Query.licenceStatistics': 250,
  'Query.intermediaryStatistics': 250,
  'Query.identityStatistics': 250,
  'Query.supervisionStats': 200,
  'Query.itemStatistics': 100,
};

/** Months a statistics period touches at most: MAX_STATISTICS_DAYS (731) days span 25 calendar months. */
export const MAX_STATISTICS_MONTHS = 25;
/**
 * Rows a `byDivision` statistics list returns at most: one per child
 * division plus the counted division itself. The largest number of children
 * in the seeded table is 52 (the townships of 万州区, 500101);
 * subgraphs/identity/test/divisions.test.ts checks it.
 */
export const MAX_DIVISION_ROWS = 53;

/**
 * Largest number of rows of bounded statistics lists, whatever their
 * `first`, by field name. They apply to list fields of types whose name ends
 * in `Statistics`: `byMonth` has one row per month of the period (fewer when
 * the query's filter is known) and `byDivision` one per child division.
 */
export const STATISTICS_ROW_BOUNDS: Readonly<Record<string, number>> = {
  byMonth: MAX_STATISTICS_MONTHS,
  byDivision: MAX_DIVISION_ROWS,
};

const PAGE_ARGUMENTS = ['first', 'limit'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

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

/** Returns the value of an argument: the variable's value or an object literal's string fields. */
function argumentValue(walk: Walk, field: FieldNode, name: string): unknown {
  const node = field.arguments?.find((a) => a.name.value === name)?.value;
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return walk.variables[node.name.value];
  if (node.kind !== Kind.OBJECT) return undefined;
  const value: Record<string, unknown> = {};
  for (const objectField of node.fields) {
    if (objectField.value.kind === Kind.STRING)
      value[objectField.name.value] = objectField.value.value;
    else if (objectField.value.kind === Kind.VARIABLE)
      value[objectField.name.value] =
        walk.variables[objectField.value.name.value];
  }
  return value;
}

/**
 * Returns the calendar months a statistics `filter` argument spans, or
 * undefined when the field has no such filter or its dates are not valid
 * YYYY-MM-DD strings (the subgraph then rejects the query anyway).
 */
function filterMonths(walk: Walk, field: FieldNode): number | undefined {
  const filter = argumentValue(walk, field, 'filter');
  if (!filter || typeof filter !== 'object') return undefined;
  const { from, to } = filter as { from?: unknown; to?: unknown };
  if (typeof from !== 'string' || typeof to !== 'string') return undefined;
  if (!ISO_DATE.test(from) || !ISO_DATE.test(to) || from > to) return undefined;
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5, 7)) -
    Number(from.slice(5, 7)) +
    1;
  return Math.min(months, MAX_STATISTICS_MONTHS);
}

/** Returns the rows a list field may return, from its page argument and its bound. */
function listRows(
  walk: Walk,
  field: FieldNode,
  definition: GraphQLField<unknown, unknown>,
  parent: GraphQLNamedType,
  scope: CostScope,
): number {
  const requested = requestedRows(walk, field, definition, scope.atRoot);
  if (!parent.name.endsWith('Statistics')) return requested;
  const bound =
    definition.name === 'byMonth'
      ? (scope.periodMonths ?? STATISTICS_ROW_BOUNDS.byMonth)
      : STATISTICS_ROW_BOUNDS[definition.name];
  return bound === undefined ? requested : Math.min(requested, bound);
}

/** Returns the rows a list field requests with its page argument. */
function requestedRows(
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

/** Position of a selection set in the operation. */
interface CostScope {
  /** The selection set is the operation's own, so its lists are root lists. */
  atRoot: boolean;
  /** Months of the enclosing statistics query's period, when its filter is known. */
  periodMonths?: number;
}

function selectionCost(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  seen: ReadonlySet<string>,
  scope: CostScope,
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
        {
          atRoot: false,
          periodMonths: filterMonths(walk, selection) ?? scope.periodMonths,
        },
      );
      const rows = isList(definition.type)
        ? listRows(walk, selection, definition, parent, scope)
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
        scope,
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
        scope,
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
    { atRoot: true },
  );
}
