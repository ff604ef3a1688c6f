import { callSubgraph, notFound, subgraphUrl } from '@ykb/common';

/** The part of an item that submission validates against and snapshots. */
export interface CatalogueItem {
  id: string;
  /** Code of the catalogue entry (目录清单) the item implements. */
  basicCode: string;
  name: string;
  nameEn: string;
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
    id basicCode name nameEn version status subjectTypes departmentCode divisionCode
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
 * burst of reads costs one call. `fresh` skips the cache and stores the
 * result, so a submission binds the version in force at that moment and
 * later cached reads see it too. Failed calls and unknown ids are not kept,
 * so made-up ids cannot grow the cache.
 */
export function findItem(
  id: string,
  requestId?: string,
  options: { fresh?: boolean } = {},
): Promise<CatalogueItem | null> {
  const cached = cache.get(id);
  if (!options.fresh && cached && cached.expires > Date.now())
    return cached.item;
  const item = callSubgraph<{ item: CatalogueItem | null }>(
    subgraphUrl('items'),
    'cases',
    ITEM_QUERY,
    { id },
    requestId,
  ).then((data) => data.item);
  if (cache.size >= MAX_CACHED_ITEMS) cache.clear();
  const entry = { expires: Date.now() + CACHE_TTL_MS, item };
  cache.set(id, entry);
  item.then(
    (found) => {
      if (!found && cache.get(id) === entry) cache.delete(id);
    },
    () => {
      if (cache.get(id) === entry) cache.delete(id);
    },
  );
  return item;
}

/** Fetches an item like findItem and raises NOT_FOUND when it does not exist. */
export async function requireItem(
  id: string,
  requestId?: string,
): Promise<CatalogueItem> {
  const item = await findItem(id, requestId);
  if (!item) throw notFound('Item', id);
  return item;
}

/** The materials and form of one published item version, which never change once published. */
export interface ItemVersionForm {
  id: string;
  version: number;
  formFields: FormFieldSpec[];
  materials: CatalogueItem['materials'];
}

const ITEM_VERSION_QUERY = `query CaseItemVersion($itemId: ID!, $version: Int!) {
  itemVersion(itemId: $itemId, version: $version) {
    itemId version status
    content {
      formFields { key label type required options maxLength }
      materials { code name required licenceTypeCode }
    }
  }
}`;

const versionCache = new Map<string, Promise<ItemVersionForm | null>>();

/**
 * Fetches the materials and form of the item version a case was filed
 * under. Published versions are immutable, so each is cached for the life
 * of the process; failed calls and unknown versions are not kept.
 */
export function findItemVersion(
  itemId: string,
  version: number,
  requestId?: string,
): Promise<ItemVersionForm | null> {
  const key = `${itemId}@v${version}`;
  const cached = versionCache.get(key);
  if (cached) return cached;
  const found = callSubgraph<{
    itemVersion: {
      itemId: string;
      version: number;
      status: string;
      content: Pick<ItemVersionForm, 'formFields' | 'materials'>;
    } | null;
  }>(
    subgraphUrl('items'),
    'cases',
    ITEM_VERSION_QUERY,
    { itemId, version },
    requestId,
  ).then(({ itemVersion }) =>
    itemVersion
      ? {
          id: itemVersion.itemId,
          version: itemVersion.version,
          ...itemVersion.content,
        }
      : null,
  );
  if (versionCache.size >= MAX_CACHED_ITEMS) versionCache.clear();
  versionCache.set(key, found);
  found.then(
    (form) => {
      if (!form) versionCache.delete(key);
    },
    () => versionCache.delete(key),
  );
  return found;
}

/** Fetches an item version like findItemVersion and raises NOT_FOUND when it does not exist. */
export async function requireItemVersion(
  itemId: string,
  version: number,
  requestId?: string,
): Promise<ItemVersionForm> {
  const form = await findItemVersion(itemId, version, requestId);
  if (!form) throw notFound('ItemVersion', `${itemId}@v${version}`);
  return form;
}

const IMPLEMENTATIONS_QUERY = `query CaseTransferTargets($basicCode: String!, $divisionCode: String!) {
  catalogueImplementations(basicCode: $basicCode, divisionCode: $divisionCode) { id basicCode departmentCode divisionCode }
}`;

/** A published item of a department that implements a catalogue entry at one division. */
export interface Implementation {
  id: string;
  basicCode: string;
  departmentCode: string;
  divisionCode: string;
}

/**
 * Lists the published implementations of catalogue entry `basicCode` by
 * every department whose division contains `divisionCode`, deepest first.
 * Every call reads the items subgraph, so a transfer reads the
 * implementations as they are now.
 */
export async function implementationsCovering(
  basicCode: string,
  divisionCode: string,
  requestId?: string,
): Promise<Implementation[]> {
  const data = await callSubgraph<{
    catalogueImplementations: Implementation[];
  }>(
    subgraphUrl('items'),
    'cases',
    IMPLEMENTATIONS_QUERY,
    { basicCode, divisionCode },
    requestId,
  );
  return data.catalogueImplementations;
}
