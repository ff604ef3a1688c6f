import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { printSchema } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { readSubgraphSchema, SUBGRAPHS } from '@ykb/common';

/**
 * Composes the supergraph at build time from each subgraph's schema files (every `*.graphql` in its folder).
 * The result is checked in as gateway/supergraph.graphql; the gateway loads
 * only that file, so a running gateway never introspects its subgraphs.
 * Routing URLs written here use the default port base 4000; the gateway
 * replaces them with the URLs of its own environment at start.
 */

const ROOT = new URL('../../', import.meta.url);
export const SUPERGRAPH_PATH = fileURLToPath(
  new URL('gateway/supergraph.graphql', ROOT),
);
/** The client-facing schema (no federation directives), which the PWA's typed documents are generated from. */
export const API_SCHEMA_PATH = fileURLToPath(
  new URL('gateway/schema.graphql', ROOT),
);

export interface ComposedGraph {
  supergraphSdl: string;
  apiSchemaSdl: string;
}

export function composeSupergraph(): ComposedGraph {
  const services = SUBGRAPHS.map((name, index) => ({
    name,
    url: `http://127.0.0.1:${4001 + index}/graphql`,
    typeDefs: parse(readSubgraphSchema(new URL(`subgraphs/${name}/`, ROOT))),
  }));
  const result = composeServices(services);
  if (result.errors) {
    const messages = result.errors
      .map((error) => `- ${error.message}`)
      .join('\n');
    throw new Error(`Supergraph composition failed:\n${messages}`);
  }
  const apiSchemaSdl = printSchema(result.schema.toAPISchema());
  return {
    supergraphSdl: result.supergraphSdl,
    apiSchemaSdl: `${apiSchemaSdl}\n`,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const composed = composeSupergraph();
    writeFileSync(SUPERGRAPH_PATH, composed.supergraphSdl);
    writeFileSync(API_SCHEMA_PATH, composed.apiSchemaSdl);
    console.log(`Wrote ${SUPERGRAPH_PATH} and ${API_SCHEMA_PATH}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
