import { callSubgraph, subgraphUrl } from '@ykb/common';

/** The part of an item that submission validates against and snapshots. */
export interface CatalogueItem {
  id: string;
  name: string;
  version: number;
  status: 'DRAFT' | 'PUBLISHED' | 'WITHDRAWN';
  subjectTypes: ('NATURAL_PERSON' | 'LEGAL_PERSON')[];
  departmentCode: string;
  divisionCode: string;
  formFields: FormFieldSpec[];
  materials: {
    code: string;
    name: string;
    required: boolean;
    licenceTypeCode: string | null;
  }[];
  fees: { name: string; amountFen: number }[];
  statutoryLimitDays: number;
  promisedLimitDays: number;
  licenceTypeCode: string | null;
}

export interface FormFieldSpec {
  key: string;
  label: string;
  type: 'TEXT' | 'NUMBER' | 'DATE' | 'ID_CARD' | 'MOBILE' | 'SELECT';
  required: boolean;
  options: string[];
  maxLength: number | null;
}

const ITEM_QUERY = `query CaseItem($id: ID!) {
  item(id: $id) {
    id name version status subjectTypes departmentCode divisionCode
    formFields { key label type required options maxLength }
    materials { code name required licenceTypeCode }
    fees { name amountFen }
    statutoryLimitDays promisedLimitDays licenceTypeCode
  }
}`;

const CACHE_TTL_MS = 60_000;
const MAX_CACHED_ITEMS = 1000;
const cache = new Map<
  string,
  { expires: number; item: Promise<CatalogueItem | null> }
>();

/**
 * Fetches an item from the items subgraph, cached per process for 60 s so a
 * burst of submissions costs one call. Failed calls and unknown ids are
 * not kept, so made-up ids cannot grow the cache.
 */
export function findItem(
  id: string,
  requestId?: string,
): Promise<CatalogueItem | null> {
  const cached = cache.get(id);
  if (cached && cached.expires > Date.now()) return cached.item;
  const item = callSubgraph<{ item: CatalogueItem | null }>(
    subgraphUrl('items'),
    'cases',
    ITEM_QUERY,
    { id },
    requestId,
  ).then((data) => data.item);
  if (cache.size >= MAX_CACHED_ITEMS) cache.clear();
  cache.set(id, { expires: Date.now() + CACHE_TTL_MS, item });
  item.then(
    (found) => {
      if (!found) cache.delete(id);
    },
    () => cache.delete(id),
  );
  return item;
}
