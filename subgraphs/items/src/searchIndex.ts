import { escapeRegExp, integerFromEnv, type Logger } from '@ykb/common';
import { onItemWrite, type ItemDocument, type ItemModels } from './model.js';

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

/** Published items sorted by id, or null when there were more than the maximum. */
type Snapshot = readonly ItemDocument[] | null;

/** Interval between catalogue reloads in milliseconds, from YKB_ITEMS_REFRESH_MS (default 60000). */
export function refreshIntervalMs(): number {
  return integerFromEnv('YKB_ITEMS_REFRESH_MS', 60_000, 10, 86_400_000);
}

/**
 * Builds the keyword pattern that the index applies. The `u` flag makes
 * JavaScript fold case with Unicode simple case folding, as the Go `(?i)` flag
 * that FerretDB applies to a `$regex` with option `i` does, so that, for
 * example, the Kelvin sign matches `k` in both.
 */
function keywordPattern(keyword: string): RegExp {
  return new RegExp(escapeRegExp(keyword), 'iu');
}

/** Tests a field value as a MongoDB `$regex` filter does: a string by itself, an array by any string element. */
function fieldMatches(value: unknown, pattern: RegExp): boolean {
  if (typeof value === 'string') return pattern.test(value);
  return (
    Array.isArray(value) &&
    value.some(
      (element) => typeof element === 'string' && pattern.test(element),
    )
  );
}

/** Tests a field value as a MongoDB equality filter does: a scalar by itself, an array by any element. */
function fieldEquals(value: unknown, expected: string): boolean {
  return Array.isArray(value) ? value.includes(expected) : value === expected;
}

/** Builds the database filter that searches published items without the index. */
export function searchFilter(
  criteria: SearchCriteria,
): Record<string, unknown> {
  const filter: Record<string, unknown> = { status: 'PUBLISHED' };
  if (criteria.keyword) {
    const pattern = new RegExp(escapeRegExp(criteria.keyword), 'i');
    filter.$or = [
      { name: pattern },
      { keywords: pattern },
      { nameEn: pattern },
    ];
  }
  if (criteria.subjectType) filter.subjectTypes = criteria.subjectType;
  if (criteria.departmentCode) filter.departmentCode = criteria.departmentCode;
  return filter;
}

function matches(
  item: ItemDocument,
  pattern: RegExp | undefined,
  criteria: SearchCriteria,
): boolean {
  if (
    criteria.subjectType &&
    !fieldEquals(item.subjectTypes, criteria.subjectType)
  )
    return false;
  if (
    criteria.departmentCode &&
    !fieldEquals(item.departmentCode, criteria.departmentCode)
  )
    return false;
  if (!pattern) return true;
  return (
    fieldMatches(item.name, pattern) ||
    fieldMatches(item.keywords, pattern) ||
    fieldMatches(item.nameEn, pattern)
  );
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
   * Returns up to `first` published items that match, sorted by id. Reads the
   * database only when a write in this process made the snapshot stale, or
   * when the published catalogue is larger than the maximum.
   */
  async search(criteria: SearchCriteria): Promise<ItemDocument[]> {
    await this.ensureFresh();
    const snapshot = this.snapshot;
    if (!snapshot) {
      return this.model
        .find(searchFilter(criteria))
        .sort({ _id: 1 })
        .limit(criteria.first)
        .lean<ItemDocument[]>();
    }
    const pattern = criteria.keyword
      ? keywordPattern(criteria.keyword)
      : undefined;
    const found: ItemDocument[] = [];
    for (const item of snapshot) {
      if (!matches(item, pattern, criteria)) continue;
      found.push(item);
      if (found.length === criteria.first) break;
    }
    return found;
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
    // Sorting in the database keeps the order identical to a database search sorted by `_id`.
    const items = await this.model
      .find({ status: 'PUBLISHED' })
      .sort({ _id: 1 })
      .limit(this.maxItems + 1)
      .lean<ItemDocument[]>();
    const next = items.length > this.maxItems ? null : items;
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
