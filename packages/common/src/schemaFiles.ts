import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Lists the schema files of a subgraph folder: schema.graphql first, then
 * every other `*.graphql` file in name order. A subgraph may split its schema
 * by concern (services.graphql, statistics.graphql, ...) without a list to
 * keep in step in the subgraph, the composition and the code generator.
 */
export function schemaFilesIn(folder: URL): string[] {
  const names = readdirSync(fileURLToPath(folder))
    .filter((name) => name.endsWith('.graphql'))
    .sort();
  if (!names.includes('schema.graphql')) {
    throw new Error(`${fileURLToPath(folder)} has no schema.graphql.`);
  }
  return [
    'schema.graphql',
    ...names.filter((name) => name !== 'schema.graphql'),
  ];
}

/** Reads and joins every schema file of a subgraph folder in the order of schemaFilesIn. */
export function readSubgraphSchema(folder: URL): string {
  return schemaFilesIn(folder)
    .map((name) => readFileSync(new URL(name, folder), 'utf8'))
    .join('\n');
}
