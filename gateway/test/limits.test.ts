import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_FIELDS, operationLimitsRule } from '../src/limits.js';

const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

function errorsOf(source: string) {
  return validate(schema, parse(source), [...specifiedRules, operationLimitsRule]);
}

describe('operation limits', () => {
  it('accepts every operation the PWA sends', () => {
    const folder = new URL('../../pwa/src/graphql/', import.meta.url);
    const files = readdirSync(folder).filter((file) => file.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      expect(errorsOf(readFileSync(new URL(file, folder), 'utf8'))).toEqual([]);
    }
  });

  it('rejects more fields than the maximum', () => {
    const aliases = Array.from({ length: MAX_FIELDS + 1 }, (_, i) => `a${i}: searchItems { id }`).join(' ');
    const errors = errorsOf(`query { ${aliases} }`);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('counts fields inside fragments', () => {
    const fields = Array.from({ length: MAX_FIELDS }, (_, i) => `f${i}: id`).join(' ');
    const errors = errorsOf(`query { searchItems { ...F } } fragment F on Item { ${fields} }`);
    expect(errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('rejects an operation deeper than the maximum', () => {
    let selection = 'code';
    for (let i = 0; i < MAX_DEPTH; i++) selection = `parent { ${selection} }`;
    const errors = errorsOf(`query { division(code: "500238100205") { ${selection} } }`);
    expect(errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});
