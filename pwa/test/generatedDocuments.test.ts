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

/** Whether a file declares a fragment that operations spread, such as `sessionAuth.graphql`. */
function isFragmentFile(fileName: string): boolean {
  return readDocument(fileName).definitions[0]?.kind === 'FragmentDefinition';
}

/** Name of the generated export of a file: `XDocument` for an operation, `XFragmentDoc` for a fragment. */
function exportNameOf(fileName: string): string {
  const suffix = isFragmentFile(fileName) ? 'FragmentDoc' : 'Document';
  return `${operationNameOf(fileName)}${suffix}`;
}

/** Prints the definition named `name` of a document, leaving out the fragments it spreads. */
function printDefinition(document: DocumentNode, name: string): string {
  const definition = document.definitions.find(
    (d) =>
      (d.kind === 'OperationDefinition' || d.kind === 'FragmentDefinition') &&
      d.name?.value === name,
  );
  return definition ? print(definition) : '';
}

describe('generated GraphQL documents', () => {
  it('finds .graphql files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s names its definition after the file', (fileName) => {
    const [definition, ...rest] = readDocument(fileName).definitions;

    expect(rest).toHaveLength(0);
    expect(['OperationDefinition', 'FragmentDefinition']).toContain(
      definition?.kind,
    );
    expect(
      definition?.kind === 'OperationDefinition' ||
        definition?.kind === 'FragmentDefinition'
        ? definition.name?.value
        : null,
    ).toBe(operationNameOf(fileName));
  });

  it.each(files)('%s matches its generated document', (fileName) => {
    const exportName = exportNameOf(fileName);
    const document = generatedDocument(exportName);
    const name = operationNameOf(fileName);

    expect(
      document,
      `generated.ts has no ${exportName}; ${REGENERATE_HINT}`,
    ).toBeDefined();
    expect(
      printDefinition(document!, name),
      `${exportName} is stale; ${REGENERATE_HINT}`,
    ).toBe(printDefinition(readDocument(fileName), name));
  });

  it('exports no document without a .graphql file', () => {
    const exported = Object.keys(generated).filter(
      (name) => name.endsWith('Document') || name.endsWith('FragmentDoc'),
    );
    const expected = files.map(exportNameOf);

    expect(exported.sort()).toEqual(expected.sort());
  });
});
