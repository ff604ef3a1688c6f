import {
  HeaderMap,
  type ApolloServerPlugin,
  type GraphQLRequestContextDidResolveOperation,
} from '@apollo/server';
import {
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { SharedCounters } from '@ykb/common';
import { CostRateLimiter } from './rateLimit.js';
import { operationCost } from './cost.js';
import { limitRejectionOf, type LimitRejection } from './limitRejections.js';

export { CostRateLimiter, operationCost };

/**
 * Limits on the shape of an operation, checked before the gateway plans it,
 * so that one request cannot make the gateway fan out thousands of subgraph
 * fields. The PWA's largest operation selects about 30 fields at depth 4.
 */
export const MAX_DEPTH = 10;
export const MAX_FIELDS = 400;

/** Limits of one operation for a caller, set by DEFAULT_LIMITS and ROLE_LIMITS. */
export interface OperationLimits {
  /** Deepest field nesting. */
  depth: number;
  /** Largest number of selected fields. */
  fields: number;
  /** Largest cost of one operation (see operationCost). */
  cost: number;
  /** Cost points one user may spend per minute (see CostRateLimiter). */
  costPerMinute: number;
  /** Maximum operations of one user that the gateways run at the same time. Further ones are rejected at once. */
  concurrent: number;
}

/** Reads YKB_USER_COST_PER_MINUTE: the per-minute cost budget of callers without a role in ROLE_LIMITS. */
function userCostPerMinute(): number {
  const raw = process.env.YKB_USER_COST_PER_MINUTE ?? '200000';
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1000)
    throw new Error(
      `YKB_USER_COST_PER_MINUTE must be an integer of at least 1000 cost points, got ${raw}.`,
    );
  return value;
}

/** Limits of anonymous callers, applicants and staff without a role below. */
export const DEFAULT_LIMITS: OperationLimits = {
  depth: MAX_DEPTH,
  fields: MAX_FIELDS,
  cost: 10_000,
  costPerMinute: userCostPerMinute(),
  concurrent: Number.POSITIVE_INFINITY,
};

/**
 * Limits by role. A viewer with several roles gets the largest value of each.
 * Analysts get a smaller budget so that statistics queries, which each run
 * many aggregation pipelines, cannot take the database from clerks.
 */
// NOTE: the budgets are estimates sized from the PWA's operations (the clerk
// worklist at 100 rows costs 1,801, and the statistics page at most 2,513, so
// an analyst can send it 12 times a minute), not from load measurements on a production
// server. BENCHMARKS.md has the analyst-flood benchmark on two cores: with these limits the
// clerk worklist kept a median under 60 ms while an analyst flooded the gateway.
export const ROLE_LIMITS: Readonly<Record<string, OperationLimits>> = {
  ANALYST: {
    depth: 8,
    fields: MAX_FIELDS,
    cost: 6_000,
    costPerMinute: 31_000,
    concurrent: 2,
  },
};
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
  limits: Pick<OperationLimits, 'depth' | 'fields'> = {
    depth: MAX_DEPTH,
    fields: MAX_FIELDS,
  },
  role = 'any caller',
): GraphQLError | undefined {
  const { depth, fields } = measureOperation(document, operation);
  if (depth > limits.depth)
    return limitError('DEPTH', limits.depth, depth, role);
  if (fields > limits.fields)
    return limitError('FIELDS', limits.fields, fields, role);
  return undefined;
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
 * Returns an error for an operation type the graph has no root type for
 * (it has no subscriptions), so such a request is refused with 400 before
 * the query planner fails on it with a 500; undefined otherwise.
 */
export function unsupportedOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): GraphQLError | undefined {
  if (schema.getRootType(operation.operation)) return undefined;
  return new GraphQLError(
    `This graph has no ${operation.operation} operations; send a query or a mutation.`,
    {
      extensions: {
        code: 'GRAPHQL_VALIDATION_FAILED',
        http: { status: 400 },
      },
    },
  );
}

/** Names the limit an error reports, as `extensions.limitName`. */
export type LimitName = 'DEPTH' | 'FIELDS' | 'COST';

const LIMIT_WORDS: Record<LimitName, string> = {
  DEPTH: 'depth',
  FIELDS: 'field count',
  COST: 'cost',
};

/** Advice for passing each limit. A smaller `first` lowers the field count and the cost, not the depth. */
const LIMIT_ADVICE: Record<LimitName, string> = {
  DEPTH:
    'Select fewer levels of nested fields, or read the deeper records in a separate operation.',
  FIELDS:
    'Split it into smaller operations or request fewer rows with `first`.',
  COST: 'Split it into smaller operations or request fewer rows with `first`.',
};

/** Builds QUERY_TOO_COMPLEX naming the limit, its maximum and the operation's value. */
function limitError(
  name: LimitName,
  limit: number,
  actual: number,
  role: string,
): GraphQLError {
  return new GraphQLError(
    `Operation ${LIMIT_WORDS[name]} is ${actual}, over the maximum of ${limit} for ${role} by ${actual - limit}. ${LIMIT_ADVICE[name]}`,
    {
      extensions: {
        code: 'QUERY_TOO_COMPLEX',
        limitName: name,
        limit,
        actual,
        http: { status: 400 },
      },
    },
  );
}

/** Returns the limits of a caller: the largest value of each limit over its roles. */
export function limitsFor(roles: readonly string[] | undefined): {
  limits: OperationLimits;
  role: string;
} {
  const ruled = (roles ?? []).filter((role) => ROLE_LIMITS[role]);
  const unruled = (roles ?? []).some((role) => !ROLE_LIMITS[role]);
  if (ruled.length === 0 || unruled)
    return { limits: DEFAULT_LIMITS, role: 'this caller' };
  const pick = (field: keyof OperationLimits) =>
    Math.max(...ruled.map((role) => ROLE_LIMITS[role]![field]));
  return {
    limits: {
      depth: pick('depth'),
      fields: pick('fields'),
      cost: pick('cost'),
      costPerMinute: pick('costPerMinute'),
      concurrent: pick('concurrent'),
    },
    role: `role ${ruled.join(', ')}`,
  };
}

/** Checks depth, field count and cost of an operation against a caller's limits. */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  roles: readonly string[] | undefined,
): { cost: number; limits: OperationLimits; error?: GraphQLError } {
  const { limits, role } = limitsFor(roles);
  const shapeError = operationLimitError(document, operation, limits, role);
  const cost = operationCost(schema, document, operation, variables);
  if (shapeError) return { cost, limits, error: shapeError };
  if (cost > limits.cost)
    return { cost, limits, error: limitError('COST', limits.cost, cost, role) };
  return { cost, limits };
}

/** Context fields the limits plugin reads: the caller and the rate-limit key of anonymous callers. */
export interface LimitsContext {
  viewer?: { userId: string; roles: readonly string[] };
  clientAddress?: string;
  requestId?: string;
}

/**
 * Deepest nesting of objects and arrays allowed in an operation's variables,
 * such as a JSON `formData`. Forms nest a few levels. The gateway serialises
 * variables recursively when it calls a subgraph, and tens of thousands of
 * levels overflow its stack.
 */
export const MAX_VARIABLE_NESTING = 32;

/**
 * Returns the nesting depth of a value, or MAX_VARIABLE_NESTING + 1 as soon
 * as it goes deeper. It walks with its own stack, so measuring a hostile
 * value cannot overflow the call stack.
 */
export function variableNesting(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    const level = depth + 1;
    if (level > MAX_VARIABLE_NESTING) return level;
    deepest = Math.max(deepest, level);
    for (const inner of Object.values(current)) pending.push([inner, level]);
  }
  return deepest;
}

/** BAD_USER_INPUT for the first variable nested deeper than MAX_VARIABLE_NESTING, else undefined. */
export function variableNestingError(
  variables: Record<string, unknown>,
): GraphQLError | undefined {
  for (const [name, value] of Object.entries(variables)) {
    if (variableNesting(value) > MAX_VARIABLE_NESTING)
      return new GraphQLError(
        `Variable $${name} nests objects or arrays deeper than the maximum of ${MAX_VARIABLE_NESTING} levels.`,
        {
          extensions: {
            code: 'BAD_USER_INPUT',
            variable: name,
            limit: MAX_VARIABLE_NESTING,
          },
        },
      );
  }
  return undefined;
}

/**
 * `Retry-After` of a rejection for too many operations at once, in seconds.
 * Running operations have no known end, so this is a short fixed pause and
 * not a computed time.
 */
export const CONCURRENCY_RETRY_AFTER_SECONDS = 1;

/** Builds REQUEST_RATE_LIMITED for a user who already runs the maximum number of operations. */
function concurrencyError(limit: number, actual: number): GraphQLError {
  return new GraphQLError(
    `Too many operations at once: this would be operation ${actual} running for you, over the maximum of ${limit} by ${actual - limit}. Wait for the running ones to finish, then retry in ${CONCURRENCY_RETRY_AFTER_SECONDS} s.`,
    {
      extensions: {
        code: 'REQUEST_RATE_LIMITED',
        limitName: 'CONCURRENT_OPERATIONS',
        limit,
        actual,
        retryAfterSeconds: CONCURRENCY_RETRY_AFTER_SECONDS,
        http: {
          status: 429,
          headers: new HeaderMap([
            ['retry-after', String(CONCURRENCY_RETRY_AFTER_SECONDS)],
          ]),
        },
      },
    },
  );
}

/**
 * Rejects an operation over the caller's limits once it is parsed and
 * validated, before the gateway plans it, and charges its cost to the
 * caller's per-minute budget. Users with a concurrency limit run at most
 * that many operations at once, counted in the gauge `running` (shared by
 * the gateway processes when it has a collection). A plugin is used instead of a validation rule
 * because Apollo Server replaces the code of every validation error with
 * GRAPHQL_VALIDATION_FAILED. Each rejection is passed to `onReject` before
 * it is sent.
 */
export function operationLimitsPlugin(
  rateLimiter: CostRateLimiter = new CostRateLimiter(),
  onReject: (rejection: LimitRejection) => Promise<void> = async () => {},
  running: SharedCounters = new SharedCounters({ scope: 'gateway.running' }),
): ApolloServerPlugin<LimitsContext> {
  return {
    async requestDidStart() {
      let counted: string | undefined;
      return {
        async willSendResponse() {
          if (!counted) return;
          running.add(counted, -1);
          counted = undefined;
        },
        async didResolveOperation(context) {
          const { operation, request, contextValue } = context;
          if (!operation) throw operationNotFound(request.operationName);
          const unsupported = unsupportedOperation(context.schema, operation);
          if (unsupported) throw unsupported;
          const nestingError = variableNestingError(request.variables ?? {});
          if (nestingError) throw nestingError;
          try {
            enforce(context, operation);
          } catch (error) {
            const rejection =
              error instanceof GraphQLError
                ? limitRejectionOf(error, {
                    userId: contextValue.viewer?.userId,
                    clientAddress: contextValue.viewer
                      ? undefined
                      : contextValue.clientAddress,
                    operationName: operation.name?.value,
                    requestId: contextValue.requestId,
                  })
                : undefined;
            if (rejection) await onReject(rejection);
            throw error;
          }
        },
      };

      /** Throws the error of the first limit the operation passes, and charges its cost otherwise. */
      function enforce(
        {
          document,
          request,
          schema,
          contextValue,
        }: GraphQLRequestContextDidResolveOperation<LimitsContext>,
        operation: OperationDefinitionNode,
      ): void {
        const viewer = contextValue.viewer;
        const { cost, limits, error } = checkOperation(
          schema,
          document,
          operation,
          request.variables ?? {},
          viewer?.roles,
        );
        if (error) throw error;
        const key = viewer
          ? `user:${viewer.userId}`
          : `address:${contextValue.clientAddress ?? 'unknown'}`;
        if (viewer && Number.isFinite(limits.concurrent)) {
          const actual = running.total(key) + 1;
          if (actual > limits.concurrent)
            throw concurrencyError(limits.concurrent, actual);
          rateLimiter.charge(key, cost, limits.costPerMinute);
          running.add(key, 1);
          counted = key;
          return;
        }
        rateLimiter.charge(key, cost, limits.costPerMinute);
      }
    },
  };
}
