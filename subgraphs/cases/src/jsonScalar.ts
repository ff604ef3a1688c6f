import {
  GraphQLScalarType,
  Kind,
  valueFromASTUntyped,
  type ValueNode,
} from 'graphql';
import { badInput } from '@ykb/common';

function requireObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badInput(
      `JSON values must be objects, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}.`,
    );
  }
  return value as Record<string, unknown>;
}

/** JSON objects such as form data; arrays, strings, numbers and booleans are rejected with BAD_USER_INPUT. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => requireObject(value),
  parseValue: (value) => requireObject(value),
  parseLiteral: (ast: ValueNode, variables) => {
    if (ast.kind !== Kind.OBJECT)
      throw badInput(`JSON literals must be objects, got ${ast.kind}.`);
    return requireObject(valueFromASTUntyped(ast, variables));
  },
});
