import { readdirSync, readFileSync } from 'node:fs';
import {
  buildSchema,
  Kind,
  parse,
  validate,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  MAX_DEPTH,
  MAX_FIELDS,
  MAX_TOKENS,
  operationLimitError,
} from '../src/limits.js';

const schema = buildSchema(
  readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'),
);

/** Returns schema validation errors plus the limit error, as the gateway would report them. */
function errorsOf(source: string) {
  const document = parse(source);
  const errors = [...validate(schema, document)];
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const limitError = operation && operationLimitError(document, operation);
  if (limitError) errors.push(limitError);
  return errors;
}

describe('operation limits', () => {
  it('accepts every operation the PWA sends', () => {
    const folder = new URL('../../pwa/src/graphql/', import.meta.url);
    const files = readdirSync(folder).filter((file) =>
      file.endsWith('.graphql'),
    );
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      expect(errorsOf(readFileSync(new URL(file, folder), 'utf8'))).toEqual([]);
    }
  });

  it('rejects more fields than the maximum', () => {
    const aliases = Array.from(
      { length: MAX_FIELDS + 1 },
      (_, i) => `a${i}: searchItems { id }`,
    ).join(' ');
    const errors = errorsOf(`query { ${aliases} }`);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('counts fields inside fragments', () => {
    const fields = Array.from(
      { length: MAX_FIELDS },
      (_, i) => `f${i}: id`,
    ).join(' ');
    const errors = errorsOf(
      `query { searchItems { ...F } } fragment F on Item { ${fields} }`,
    );
    expect(errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('rejects an operation deeper than the maximum', () => {
    let selection = 'code';
    for (let i = 0; i < MAX_DEPTH; i++) selection = `parent { ${selection} }`;
    const errors = errorsOf(
      `query { division(code: "500238100205") { ${selection} } }`,
    );
    expect(errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});

describe('token limit', () => {
  it('parses every PWA operation within the limit', () => {
    const folder = new URL('../../pwa/src/graphql/', import.meta.url);
    for (const file of readdirSync(folder).filter((f) =>
      f.endsWith('.graphql'),
    )) {
      expect(() =>
        parse(readFileSync(new URL(file, folder), 'utf8'), {
          maxTokens: MAX_TOKENS,
        }),
      ).not.toThrow();
    }
  });

  it('stops parsing a deeply nested document early', () => {
    const nested = `${'{ a '.repeat(5000)}${'}'.repeat(5000)}`;
    expect(() => parse(nested, { maxTokens: MAX_TOKENS })).toThrow(
      `${MAX_TOKENS} tokens`,
    );
  });
});
