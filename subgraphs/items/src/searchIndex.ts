import {
  escapeRegExp,
  integerFromEnv,
  parentDivision,
  type Logger,
} from '@ykb/common';
import { onItemWrite, type ItemDocument, type ItemModels } from './model.js';
import {
  candidateTokens,
  parseQuery,
  scoreItem,
  searchTermsOf,
  type StoredSearchTerms,
} from './searchTerms.js';

/**
 * In-process search index of the published catalogue. FerretDB 1.24 on SQLite
 * evaluates `$regex` outside SQLite after reading every document, so a keyword
 * search against the database reads the whole catalogue on every request. The
 * index keeps the published entries in memory and serves searches without a
 * database query.
 *
 * The index reloads after every write made through this process's Item model
 * and every `intervalMs`, so writes made by another instance appear within one
 * interval. A search that follows a write in this process waits for the reload,
 * so its result includes that write.
 */

/**
 * Maximum number of published items the index holds. Memory is bounded by this
 * count: a seeded item takes about 3 KiB of V8 heap (measured on Node 20), so
 * 5,000 items take about 16 MiB, and up to twice that while a reload builds the
 * next snapshot beside the current one. A larger published catalogue is not
 * indexed and searches go to the database instead.
 *
 * NOTE: the bound counts items, not bytes, so entries with much longer texts than
 * the seeded ones take more memory per item.
 */
export const MAX_INDEXED_ITEMS = 5000;

export interface SearchCriteria {
  /** NFKC-normalised, trimmed keyword. An empty or missing keyword matches every item. */
  keyword?: string;
  subjectType?: string | null;
  departmentCode?: string | null;
  /** Division the applicant is in: items implemented there or at an enclosing level match. */
  divisionCode?: string | null;
  minOnlineDepth?: number | null;
  type?: string | null;
  /** Maximum number of items returned, already checked to be 1 to 100. */
  first: number;
}

export interface CatalogueIndexOptions {
  log: Logger;
  /** Milliseconds between periodic reloads. */
  intervalMs: number;
  /** Maximum number of published items to index, MAX_INDEXED_ITEMS unless set. */
  maxItems?: number;
}

/** A published item with its search terms present. */
type IndexedItem = ItemDocument & StoredSearchTerms;

/** Published items, or null when there were more than the maximum. */
type Snapshot = readonly IndexedItem[] | null;

/** Interval between catalogue reloads in milliseconds, from YKB_ITEMS_REFRESH_MS (default 60000). */
export function refreshIntervalMs(): number {
  return integerFromEnv('YKB_ITEMS_REFRESH_MS', 60_000, 10, 86_400_000);
}

/** Division codes whose items are available in `code`: the code and each enclosing division. */
export function enclosingDivisions(code: string): string[] {
  const codes: string[] = [];
  for (let current: string | undefined = code; current;)
    (codes.push(current), (current = parentDivision(current)));
  return codes;
}

/**
 * Returns an item with its stored search terms, computing them when the
 * document has none (documents written before terms existed, or written
 * around the model). Theme names are not known here; the backfill at start
 * stores complete terms.
 */
export function withSearchTerms(item: ItemDocument): IndexedItem {
  if (item.searchTokens && item.pinyinTerms && item.pinyinKey)
    return item as IndexedItem;
  return {
    ...item,
    ...searchTermsOf({
      name: item.name,
      nameEn: item.nameEn,
      aliases: item.aliases ?? [],
      keywords: item.keywords ?? [],
      themeNames: [],
    }),
  };
}

/** Builds the database filter of the criteria other than the keyword. */
function attributeFilter(criteria: SearchCriteria): Record<string, unknown> {
  const filter: Record<string, unknown> = { status: 'PUBLISHED' };
  if (criteria.subjectType) filter.subjectTypes = criteria.subjectType;
  if (criteria.departmentCode) filter.departmentCode = criteria.departmentCode;
  if (criteria.divisionCode)
    filter.divisionCode = { $in: enclosingDivisions(criteria.divisionCode) };
  if (criteria.minOnlineDepth)
    filter.onlineDepth = { $gte: criteria.minOnlineDepth };
  if (criteria.type) filter.type = criteria.type;
  return filter;
}

/**
 * Builds the database filter that finds the candidates of a search without
 * the index: every item holding one of the query's n-grams or words, or a
 * pinyin term containing a Latin query. Candidates are scored like the
 * index's items, so both paths return the same list.
 */
export function searchFilter(
  criteria: SearchCriteria,
): Record<string, unknown> {
  const filter = attributeFilter(criteria);
  if (!criteria.keyword) return filter;
  const query = parseQuery(criteria.keyword);
  const alternatives: Record<string, unknown>[] = [];
  const tokens = candidateTokens(query);
  if (tokens.length > 0) alternatives.push({ searchTokens: { $in: tokens } });
  if (query.maybePinyin)
    alternatives.push({ pinyinTerms: new RegExp(escapeRegExp(query.text)) });
  const [firstWord] = query.words;
  if (firstWord) {
    // A Latin query matches items that have a word starting with each of its
    // words, so every match has a word starting with the first one.
    const wordStart = new RegExp(
      `(^|[^a-z0-9])${escapeRegExp(firstWord)}`,
      'i',
    );
    alternatives.push({ nameEn: wordStart }, { name: wordStart });
  }
  if (alternatives.length === 0) return { ...filter, _id: { $in: [] } };
  filter.$or = alternatives;
  return filter;
}

function fieldEquals(value: unknown, expected: string): boolean {
  return Array.isArray(value) ? value.includes(expected) : value === expected;
}

function matchesAttributes(
  item: ItemDocument,
  criteria: SearchCriteria,
  divisions: readonly string[] | undefined,
): boolean {
  if (
    criteria.subjectType &&
    !fieldEquals(item.subjectTypes, criteria.subjectType)
  )
    return false;
  if (
    criteria.departmentCode &&
    item.departmentCode !== criteria.departmentCode
  )
    return false;
  if (divisions && !divisions.includes(item.divisionCode)) return false;
  if (criteria.minOnlineDepth && item.onlineDepth < criteria.minOnlineDepth)
    return false;
  if (criteria.type && item.type !== criteria.type) return false;
  return true;
}

/**
 * Filters, scores and orders items: by score, then by the pinyin of the
 * name, then by id. Both the index and the database fallback use it.
 */
export function rankItems(
  items: readonly ItemDocument[],
  criteria: SearchCriteria,
): ItemDocument[] {
  const query = criteria.keyword ? parseQuery(criteria.keyword) : undefined;
  const divisions = criteria.divisionCode
    ? enclosingDivisions(criteria.divisionCode)
    : undefined;
  const scored: { item: IndexedItem; score: number }[] = [];
  for (const raw of items) {
    if (raw.status !== 'PUBLISHED') continue;
    if (!matchesAttributes(raw, criteria, divisions)) continue;
    const item = withSearchTerms(raw);
    const score = query ? scoreItem(item, query) : 1;
    if (score > 0) scored.push({ item, score });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      compareStrings(a.item.pinyinKey, b.item.pinyinKey) ||
      compareStrings(a.item._id, b.item._id),
  );
  return scored.slice(0, criteria.first).map((entry) => entry.item);
}

/** Code-point order, the same on every platform and independent of locale. */
function compareStrings(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

export class CatalogueIndex {
  private readonly model: ItemModels['Item'];
  private readonly log: Logger;
  private readonly intervalMs: number;
  private readonly maxItems: number;
  /** Undefined until the first load. */
  private snapshot: Snapshot | undefined;
  /** Number of writes seen in this process. A snapshot is fresh when its read started after the last of them. */
  private writes = 0;
  /** Value of `writes` when the current snapshot started loading, or -1 before the first load. */
  private loadedAtWrite = -1;
  private inFlight: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private removeListener: (() => void) | undefined;

  constructor(models: ItemModels, options: CatalogueIndexOptions) {
    this.model = models.Item;
    this.log = options.log;
    this.intervalMs = options.intervalMs;
    this.maxItems = options.maxItems ?? MAX_INDEXED_ITEMS;
  }

  /** Loads the catalogue, then reloads it after each local write and every interval. Throws when the first load fails. */
  async start(): Promise<void> {
    this.removeListener = onItemWrite(this.model, () => this.invalidate());
    await this.ensureFresh();
    this.timer = setInterval(
      () => this.reloadInBackground('interval'),
      this.intervalMs,
    );
    this.timer.unref();
    this.log.info(
      { intervalMs: this.intervalMs, items: this.snapshot?.length ?? null },
      'item search index started',
    );
  }

  /** Stops reloading and waits for a reload in flight. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.removeListener?.();
    await this.inFlight?.catch(() => undefined);
  }

  /**
   * Returns up to `first` published items that match, best first (see
   * rankItems). Reads the database only when a write in this process made
   * the snapshot stale, or when the published catalogue is larger than the
   * maximum.
   */
  async search(criteria: SearchCriteria): Promise<ItemDocument[]> {
    await this.ensureFresh();
    const snapshot = this.snapshot;
    if (!snapshot) {
      const candidates = await this.model
        .find(searchFilter(criteria))
        .lean<ItemDocument[]>();
      return rankItems(candidates, criteria);
    }
    return rankItems(snapshot, criteria);
  }

  /** Returns every published item, from the snapshot when there is one. */
  async publishedItems(): Promise<readonly ItemDocument[]> {
    await this.ensureFresh();
    if (this.snapshot) return this.snapshot;
    return this.model.find({ status: 'PUBLISHED' }).lean<ItemDocument[]>();
  }

  private invalidate(): void {
    this.writes++;
    this.reloadInBackground('write');
  }

  private reloadInBackground(reason: 'interval' | 'write'): void {
    this.reload().catch((error: unknown) => {
      this.log.warn(
        { err: error, reason },
        'item search index reload failed; keeping the previous snapshot',
      );
    });
  }

  /** Waits until the snapshot was read after every write this process made before the call. */
  private async ensureFresh(): Promise<void> {
    const target = this.writes;
    // At most two reloads: one that may have started before the last write, then one after it.
    while (this.loadedAtWrite < target) await this.reload();
  }

  /** Reads the published catalogue once. Concurrent callers share the read in flight. */
  private reload(): Promise<void> {
    this.inFlight ??= this.read().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async read(): Promise<void> {
    const writes = this.writes;
    const items = await this.model
      .find({ status: 'PUBLISHED' })
      .sort({ _id: 1 })
      .limit(this.maxItems + 1)
      .lean<ItemDocument[]>();
    const next =
      items.length > this.maxItems ? null : items.map(withSearchTerms);
    if (next === null && this.snapshot !== null) {
      this.log.warn(
        { maxItems: this.maxItems },
        'published catalogue exceeds the search index maximum; searches read the database',
      );
    }
    this.snapshot = next;
    this.loadedAtWrite = Math.max(this.loadedAtWrite, writes);
  }
}
