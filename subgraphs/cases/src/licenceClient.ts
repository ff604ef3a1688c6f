import { callSubgraph, subgraphUrl } from '@ykb/common';

/** The parts of a licence that replace an uploaded material. */
export interface HeldLicence {
  id: string;
  identifier: string;
  status: 'VALID' | 'EXPIRED' | 'REVOKED';
  holder: { id: string };
  type: { code: string };
}

const LICENCE_QUERY = `query CaseMaterialLicence($id: ID!) {
  licence(id: $id) { id identifier status holder { id } type { code } }
}`;

/** Fetches a licence from the licences subgraph as SYSTEM; null when no licence has the id. */
export async function findLicence(
  id: string,
  requestId?: string,
): Promise<HeldLicence | null> {
  const data = await callSubgraph<{ licence: HeldLicence | null }>(
    subgraphUrl('licenses'),
    'cases',
    LICENCE_QUERY,
    { id },
    requestId,
  );
  return data.licence;
}
