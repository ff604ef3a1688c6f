import { callSubgraph, subgraphUrl } from '@ykb/common';

const DIVISION_QUERY = `query ItemDivision($code: String!) {
  division(code: $code) { code }
}`;

/**
 * Reports whether the identity subgraph's division tree contains `code`.
 * Delegation and new implementations are rare, so nothing is cached.
 * Throws UPSTREAM_FAILED when identity cannot be reached.
 */
export async function isKnownDivision(
  code: string,
  requestId?: string,
): Promise<boolean> {
  const data = await callSubgraph<{ division: { code: string } | null }>(
    subgraphUrl('identity'),
    'items',
    DIVISION_QUERY,
    { code },
    requestId,
  );
  return data.division !== null;
}
