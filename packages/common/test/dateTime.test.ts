import { graphql, buildSchema, GraphQLScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateTimeScalar, readInstant } from '../src/dateTime.js';

describe('reading an instant given by a caller', () => {
  it('reads instants with Z and with an offset', () => {
    expect(readInstant('2026-03-02T01:00:00Z')?.toISOString()).toBe(
      '2026-03-02T01:00:00.000Z',
    );
    expect(readInstant('2026-03-02T09:00:00+08:00')?.toISOString()).toBe(
      '2026-03-02T01:00:00.000Z',
    );
    expect(readInstant('2024-02-29T09:30+08:00')?.toISOString()).toBe(
      '2024-02-29T01:30:00.000Z',
    );
  });

  it('refuses dates that do not exist instead of rolling them over', () => {
    for (const text of [
      '2026-02-30T09:00:00+08:00',
      '2025-02-29T09:00:00Z',
      '2026-04-31T09:00:00Z',
      '2026-13-01T09:00:00Z',
      '2026-00-10T09:00:00Z',
      '2026-03-02T24:00:00Z',
      '2026-03-02T09:60:00Z',
      '2026-03-02T09:00:00+15:00',
    ])
      expect({ text, read: readInstant(text) }).toEqual({ text, read: null });
  });

  it('refuses years outside 1900 to 2200, six-digit years included', () => {
    for (const text of [
      '+275760-09-13T00:00:00Z',
      '-000001-01-01T00:00:00Z',
      '1899-12-31T23:59:59Z',
      '2201-01-01T00:00:00Z',
    ])
      expect({ text, read: readInstant(text) }).toEqual({ text, read: null });
    expect(readInstant('1900-01-01T00:00:00Z')).not.toBeNull();
    expect(readInstant('2200-12-31T23:59:59Z')).not.toBeNull();
  });

  it('refuses instants without a time zone and values that are not strings', () => {
    expect(readInstant('2026-03-02T09:00:00')).toBeNull();
    expect(readInstant('2026-03-02')).toBeNull();
    expect(readInstant(1767225600000)).toBeNull();
  });
});

describe('the DateTime scalar', () => {
  const schema = buildSchema(`
    scalar DateTime
    type Query { echo(at: DateTime!): DateTime! }
  `);
  Object.assign(schema.getType('DateTime') as GraphQLScalarType, {
    parseValue: DateTimeScalar.parseValue,
    parseLiteral: DateTimeScalar.parseLiteral,
    serialize: DateTimeScalar.serialize,
  });
  const run = (at: string) =>
    graphql({
      schema,
      source: 'query($at: DateTime!) { echo(at: $at) }',
      variableValues: { at },
      rootValue: { echo: ({ at }: { at: Date }) => at },
    });

  it('answers BAD_USER_INPUT for a date that does not exist', async () => {
    const result = await run('2026-02-30T09:00:00+08:00');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers BAD_USER_INPUT for a year beyond 2200', async () => {
    const result = await run('+275760-09-13T00:00:00Z');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('passes a valid instant through in UTC', async () => {
    const result = await run('2026-03-02T09:00:00+08:00');
    expect(result).toEqual({ data: { echo: '2026-03-02T01:00:00.000Z' } });
  });
});
