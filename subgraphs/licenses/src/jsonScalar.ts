import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badInput } from '@ykb/common';
import { isPlainObject } from './faceData.js';

function valueFromLiteral(
  node: ValueNode,
  variables: Record<string, unknown> | null | undefined,
): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((value) => valueFromLiteral(value, variables));
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((field) => [
          field.name.value,
          valueFromLiteral(field.value, variables),
        ]),
      );
    case Kind.VARIABLE:
      return variables?.[node.name.value];
    default:
      throw badInput(`A JSON value cannot contain a ${node.kind} literal.`);
  }
}

function requireObject(value: unknown): Record<string, unknown> {
  if (!isPlainObject(value))
    throw badInput(
      `A JSON input must be an object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}.`,
    );
  return value;
}

/** The JSON scalar: any JSON value on output, JSON objects only on input. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description:
    'A JSON value. Inputs must be JSON objects; any other value is rejected with BAD_USER_INPUT.',
  serialize: (value) => value,
  parseValue: (value) => requireObject(value),
  parseLiteral: (node, variables) =>
    requireObject(valueFromLiteral(node, variables)),
});
