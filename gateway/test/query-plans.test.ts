import { readFileSync } from 'node:fs';
import {
  operationFromDocument,
  Supergraph,
} from '@apollo/federation-internals';
import {
  QueryPlanner,
  type PlanNode,
  type SubscriptionNode,
} from '@apollo/query-planner';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../src/compose.js';

/**
 * Every subgraph hop costs a network round trip and a gateway merge, so the
 * PWA's hot screens are planned against the composed supergraph and must
 * stay on one subgraph: item search, the clerk's worklist, my cases and the
 * licence wallet. The operations are read from the PWA's own files.
 */

const supergraph = Supergraph.build(composeSupergraph().supergraphSdl);
const planner = new QueryPlanner(supergraph);

/**
 * Lists the subgraphs a plan fetches from. A fetch under an @include or
 * @skip condition is listed as `subgraph if variable` or
 * `subgraph unless variable`.
 */
function fetchedSubgraphs(
  node: PlanNode | SubscriptionNode | undefined,
  into: string[] = [],
): string[] {
  if (!node) return into;
  switch (node.kind) {
    case 'Fetch':
      into.push(node.serviceName);
      break;
    case 'Condition': {
      const when = (branch: PlanNode | undefined, word: string) => {
        for (const service of fetchedSubgraphs(branch))
          into.push(`${service} ${word} ${node.condition}`);
      };
      when(node.ifClause, 'if');
      when(node.elseClause, 'unless');
      break;
    }
    case 'Sequence':
    case 'Parallel':
      for (const child of node.nodes) fetchedSubgraphs(child, into);
      break;
    case 'Flatten':
      fetchedSubgraphs(node.node, into);
      break;
    default:
      throw new Error(
        `Query plan node ${node.kind} is not expected in these operations.`,
      );
  }
  return into;
}

function plan(file: string): string[] {
  const source = readFileSync(
    new URL(`../../pwa/src/graphql/${file}`, import.meta.url),
    'utf8',
  );
  const operation = operationFromDocument(supergraph.schema, parse(source));
  return fetchedSubgraphs(planner.buildQueryPlan(operation).node);
}

describe('query plans of hot screens', () => {
  it.each([
    ['searchItems.graphql', 'items'],
    ['worklist.graphql', 'cases'],
    ['myCases.graphql', 'cases'],
    ['myLicences.graphql', 'licenses'],
  ])('%s fetches from %s only', (file, subgraph) => {
    expect(plan(file)).toEqual([subgraph]);
  });

  it('reads item fees for the case page only when asked', () => {
    expect(plan('caseDetail.graphql')).toEqual([
      'cases',
      'licenses',
      'items if withFees',
    ]);
  });

  it('joins six subgraphs for a case with all references', () => {
    const operation = operationFromDocument(
      supergraph.schema,
      parse(
        'query($id: ID!) { case(id: $id) { item { name intermediaryServices { name } } applicant { name } hall { name } licence { type { name } } } }',
      ),
    );
    const services = new Set(
      fetchedSubgraphs(planner.buildQueryPlan(operation).node),
    );
    expect(services).toEqual(
      new Set([
        'cases',
        'items',
        'intermediaries',
        'identity',
        'halls',
        'licenses',
      ]),
    );
  });
});
