import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as operations from '../src/graphql/operations';

const graphqlDir = join(import.meta.dirname, '..', 'src', 'graphql');

describe('graphql operations module', () => {
  const files = readdirSync(graphqlDir).filter((name) => name.endsWith('.graphql'));

  it('exports one document per .graphql file', () => {
    expect(Object.keys(operations).sort()).toEqual(
      files.map((name) => `${name[0]?.toUpperCase()}${name.slice(1, -'.graphql'.length)}Document`).sort(),
    );
  });

  it.each(files)('matches %s exactly', (name) => {
    const exportName = `${name[0]?.toUpperCase()}${name.slice(1, -'.graphql'.length)}Document`;
    const document = (operations as Record<string, { loc?: { source: { body: string } } }>)[exportName];
    const fileText = readFileSync(join(graphqlDir, name), 'utf8');

    expect(document?.loc?.source.body.trim()).toBe(fileText.trim());
  });

  it('names every operation after its file', () => {
    for (const name of files) {
      const exportName = `${name[0]?.toUpperCase()}${name.slice(1, -'.graphql'.length)}Document`;
      const document = (operations as Record<string, Parameters<typeof print>[0]>)[exportName];
      const operationName = exportName.replace(/Document$/, '');
      expect(print(document!)).toMatch(new RegExp(`^(query|mutation) ${operationName}\\b`));
    }
  });
});
