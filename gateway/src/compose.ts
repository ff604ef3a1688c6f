import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS } from '@ykb/common';

/**
 * Composes the supergraph at build time from each subgraph's schema.graphql.
 * The result is checked in as gateway/supergraph.graphql; the gateway loads
 * only that file, so a running gateway never introspects its subgraphs.
 * Routing URLs written here use the default port base 4000; the gateway
 * replaces them with the URLs of its own environment at start.
 */

const ROOT = new URL('../../', import.meta.url);
export const SUPERGRAPH_PATH = fileURLToPath(new URL('gateway/supergraph.graphql', ROOT));

export function composeSupergraph(): string {
  const services = SUBGRAPHS.map((name, index) => ({
    name,
    url: `http://127.0.0.1:${4001 + index}/graphql`,
    typeDefs: parse(readFileSync(new URL(`subgraphs/${name}/schema.graphql`, ROOT), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) {
    const messages = result.errors.map((error) => `- ${error.message}`).join('\n');
    throw new Error(`Supergraph composition failed:\n${messages}`);
  }
  return result.supergraphSdl;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    writeFileSync(SUPERGRAPH_PATH, composeSupergraph());
    console.log(`Wrote ${SUPERGRAPH_PATH}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
