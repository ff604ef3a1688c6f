import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** The DateTime scalar: an ISO 8601 instant with a time zone, parsed to a Date and sent in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) =>
    value instanceof Date ? value.toISOString() : String(value),
  parseValue: (value) => parseInstant(value),
  parseLiteral: (ast) =>
    parseInstant(ast.kind === Kind.STRING ? ast.value : null),
});

function parseInstant(value: unknown): Date {
  const text = typeof value === 'string' ? value : '';
  const date = new Date(text);
  if (
    !/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(text) ||
    Number.isNaN(date.getTime())
  )
    throw new GraphQLError(
      `DateTime must be an ISO 8601 instant with a time zone, got ${JSON.stringify(value)}.`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  return date;
}
