import type { Resolvers } from './generated/resolvers-types.js';
import type { IntermediariesContext } from './resolvers.js';

type AnyResolver = (
  parent: unknown,
  args: unknown,
  context: IntermediariesContext,
  info: unknown,
) => unknown;

/** Wraps one resolver so it runs after the agent's grant check. */
function checked(resolve: AnyResolver): AnyResolver {
  return async (parent, args, context, info) => {
    await context.checkAgentGrant();
    return resolve(parent, args, context, info);
  };
}

/**
 * Runs the agent's grant check before every Query and Mutation field and
 * every entity reference resolver, the entry points of a request, so no
 * operation of an agent whose grant was revoked or expired goes through.
 */
export function withAgentGrantCheck(resolvers: Resolvers): Resolvers {
  const wrapped: Record<string, unknown> = {};
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const map = fields as Record<string, unknown>;
    if (typeName === 'Query' || typeName === 'Mutation') {
      wrapped[typeName] = Object.fromEntries(
        Object.entries(map).map(([name, resolve]) => [
          name,
          checked(resolve as AnyResolver),
        ]),
      );
    } else if (typeof map.__resolveReference === 'function') {
      const resolveReference = map.__resolveReference as (
        reference: unknown,
        context: IntermediariesContext,
        info: unknown,
      ) => unknown;
      wrapped[typeName] = {
        ...map,
        __resolveReference: async (
          reference: unknown,
          context: IntermediariesContext,
          info: unknown,
        ) => {
          await context.checkAgentGrant();
          return resolveReference(reference, context, info);
        },
      };
    } else wrapped[typeName] = fields;
  }
  return wrapped as Resolvers;
}
