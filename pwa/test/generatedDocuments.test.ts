import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../src/graphql/generated';

// The app imports its operations from generated.ts, which GraphQL Code
// Generator writes from the .graphql files in the same folder. These checks
// fail when a .graphql file changed and `npx graphql-codegen --config
// codegen.yml` was not run again.

const graphqlDir = join(import.meta.dirname, '..', 'src', 'graphql');
const files = readdirSync(graphqlDir).filter((name) =>
  name.endsWith('.graphql'),
);
const REGENERATE_HINT =
  'run `npx graphql-codegen --config codegen.yml` in the repository root';

/** Operation name the file must declare: `searchItems.graphql` declares `SearchItems`. */
function operationNameOf(fileName: string): string {
  const base = fileName.slice(0, -'.graphql'.length);
  return `${base.charAt(0).toUpperCase()}${base.slice(1)}`;
}

function readDocument(fileName: string): DocumentNode {
  return parse(readFileSync(join(graphqlDir, fileName), 'utf8'));
}

function generatedDocument(exportName: string): DocumentNode | undefined {
  return (generated as Record<string, unknown>)[exportName] as
    DocumentNode | undefined;
}

describe('generated GraphQL documents', () => {
  it('finds .graphql files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s names its operation after the file', (fileName) => {
    const [definition, ...rest] = readDocument(fileName).definitions;

    expect(rest).toHaveLength(0);
    expect(definition?.kind).toBe('OperationDefinition');
    expect(
      definition?.kind === 'OperationDefinition'
        ? definition.name?.value
        : null,
    ).toBe(operationNameOf(fileName));
  });

  it.each(files)('%s matches its generated document', (fileName) => {
    const exportName = `${operationNameOf(fileName)}Document`;
    const document = generatedDocument(exportName);

    expect(
      document,
      `generated.ts has no ${exportName}; ${REGENERATE_HINT}`,
    ).toBeDefined();
    expect(print(document!), `${exportName} is stale; ${REGENERATE_HINT}`).toBe(
      print(readDocument(fileName)),
    );
  });

  it('exports no document without a .graphql file', () => {
    const exported = Object.keys(generated).filter((name) =>
      name.endsWith('Document'),
    );
    const expected = files.map(
      (fileName) => `${operationNameOf(fileName)}Document`,
    );

    expect(exported.sort()).toEqual(expected.sort());
  });
});
