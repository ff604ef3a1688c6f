import { randomUUID } from 'node:crypto';
import type { Connection, mongo } from 'mongoose';
import type { Logger } from './logger.js';

/**
 * Counters that several processes share through the database without a
 * round trip per request, for rate limits that must hold across replicas.
 *
 * Each process keeps its own share of every counter in memory and, once per
 * sync (every second by default), writes each changed share as an absolute
 * value into a document of its own (`_id` = scope, process, window, key).
 * Every document therefore has one writer, so no increment is lost, which
 * concurrent `$inc` on FerretDB 1.24 does not promise. The same sync reads
 * the shares that other processes wrote since the last sync and keeps them
 * in memory. Totals are summed in JavaScript, because FerretDB 1.24
 * computes only the first accumulator of a `$group` stage.
 *
 * A counter's total is this process's share plus the others' shares as of
 * the last sync, so another process's spending shows here up to one sync
 * interval late. Windowed counters count in fixed windows aligned to
 * multiples of `windowMs` since the epoch. A gauge (no `windowMs`) counts a
 * current value such as running operations; a share not rewritten for
 * `staleMs` belongs to a process that stopped and no longer counts.
 * Without a collection the counters stay in this process's memory.
 */

/** Collection of the shares, in the database of the service that limits. */
export const SHARED_COUNTERS_COLLECTION = 'shared_counters';

/** Margin for differences between the clocks of the processes, in ms. */
const CLOCK_SKEW_MS = 5000;

export interface SharedCounterDocument {
  _id: string;
  scope: string;
  process: string;
  window: number;
  key: string;
  value: number;
  at: Date;
}

export interface SharedCountersOptions {
  /** Name of the counted quantity, such as `gateway.cost`; processes share counters of the same scope. */
  scope: string;
  /** Length of the fixed windows in ms; omit for a gauge. */
  windowMs?: number;
  /** Collection that stores the shares; without it the counters count in this process only. */
  collection?: mongo.Collection<SharedCounterDocument>;
  /** Time between syncs in ms. Default 1000. */
  syncMs?: number;
  /** Age in ms after which another process's gauge share no longer counts. Default 5 × syncMs. */
  staleMs?: number;
  /** Keys kept in memory; beyond it the oldest are dropped. Default 100000. */
  maxKeys?: number;
  now?: () => number;
  log?: Logger;
}

/** Another process's share of one key, as last read. */
interface RemoteShare {
  value: number;
  /** When that process wrote it, by its clock. */
  at: number;
}

/** Returns the shares collection in the database `databaseName` (default: the connection's own). */
export function sharedCountersCollection(
  connection: Connection,
  databaseName = connection.name,
): mongo.Collection<SharedCounterDocument> {
  return connection
    .getClient()
    .db(databaseName)
    .collection<SharedCounterDocument>(SHARED_COUNTERS_COLLECTION);
}

export class SharedCounters {
  /** Identifies this process's documents. */
  readonly processId = randomUUID();
  /** This process's share of each key in the current window. */
  private readonly own = new Map<string, number>();
  /** Keys whose own share changed since the last write. */
  private readonly dirty = new Set<string>();
  /** The other processes' shares by key and process id, as of the last read. */
  private readonly others = new Map<string, Map<string, RemoteShare>>();
  private window: number;
  /** Time of the last read; the next one reads only documents written since, less a margin for clock skew. */
  private readSince = 0;
  private timer: NodeJS.Timeout | undefined;
  private syncing: Promise<void> | undefined;
  private indexed = false;
  private readonly now: () => number;
  private readonly syncMs: number;
  private readonly staleMs: number;
  private readonly maxKeys: number;

  constructor(private readonly options: SharedCountersOptions) {
    this.now = options.now ?? Date.now;
    this.syncMs = options.syncMs ?? 1000;
    this.staleMs = options.staleMs ?? 5 * this.syncMs;
    this.maxKeys = options.maxKeys ?? 100_000;
    this.window = this.windowAt(this.now());
  }

  /** Start of the current window in ms since the epoch (0 for a gauge). */
  windowStart(at = this.now()): number {
    return this.windowAt(at) * (this.options.windowMs ?? 0);
  }

  /** Total of `key` across processes in the current window, as of the last sync. */
  total(key: string): number {
    this.roll();
    let sum = this.own.get(key) ?? 0;
    const fresh = this.now() - this.staleMs;
    for (const share of this.others.get(key)?.values() ?? [])
      if (!this.isGauge || share.at >= fresh) sum += share.value;
    return sum;
  }

  /** Adds `amount` (negative for a gauge going down) to this process's share of `key`. */
  add(key: string, amount: number): void {
    this.roll();
    const value = (this.own.get(key) ?? 0) + amount;
    // Without a collection nothing reads a gauge share back at zero, so it is forgotten at once.
    if (this.isGauge && value === 0 && !this.options.collection) {
      this.own.delete(key);
      return;
    }
    this.own.set(key, value);
    this.dirty.add(key);
    this.evict(this.own);
  }

  /** Starts syncing every `syncMs` when a collection is set; the timer does not keep the process alive. */
  start(): void {
    if (!this.options.collection || this.timer) return;
    this.timer = setInterval(() => {
      void this.sync();
    }, this.syncMs);
    this.timer.unref();
  }

  /** Stops the timer and writes the last changed shares. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.sync();
  }

  /** Writes changed shares and reads the other processes' new shares; errors are logged, and the counters keep counting locally. */
  async sync(): Promise<void> {
    if (!this.options.collection) return;
    if (this.syncing) return this.syncing;
    this.syncing = this.exchange(this.options.collection)
      .catch((err: unknown) =>
        this.options.log?.error(
          { err, scope: this.options.scope },
          'shared counters sync failed',
        ),
      )
      .finally(() => {
        this.syncing = undefined;
      });
    return this.syncing;
  }

  private get isGauge(): boolean {
    return this.options.windowMs === undefined;
  }

  private async exchange(
    collection: mongo.Collection<SharedCounterDocument>,
  ): Promise<void> {
    this.roll();
    const window = this.window;
    const now = this.now();
    if (!this.indexed) {
      await collection.createIndex({ scope: 1, window: 1, at: 1 });
      this.indexed = true;
    }
    await this.write(collection, window, new Date(now));
    await this.read(collection, window, now);
    // Windows before the previous one never count again, and stale gauge shares belong to stopped processes.
    await collection.deleteMany(
      this.isGauge
        ? {
            scope: this.options.scope,
            at: { $lt: new Date(now - 10 * this.staleMs) },
          }
        : { scope: this.options.scope, window: { $lt: window - 1 } },
    );
  }

  /** Writes each changed share, and for a gauge every nonzero share so that it stays fresh. */
  private async write(
    collection: mongo.Collection<SharedCounterDocument>,
    window: number,
    at: Date,
  ): Promise<void> {
    const { scope } = this.options;
    const keys = [...this.own]
      .filter(
        ([key, value]) => this.dirty.has(key) || (this.isGauge && value !== 0),
      )
      .map(([key]) => key);
    this.dirty.clear();
    if (keys.length === 0) return;
    await collection.bulkWrite(
      keys.map((key) => {
        const _id = `${scope}|${this.processId}|${window}|${key}`;
        const value = this.own.get(key) ?? 0;
        // A gauge share back at zero is written once more as zero, then forgotten.
        if (this.isGauge && value === 0) this.own.delete(key);
        return {
          replaceOne: {
            filter: { _id },
            replacement: {
              _id,
              scope,
              process: this.processId,
              window,
              key,
              value,
              at,
            },
            upsert: true,
          },
        };
      }),
      { ordered: false },
    );
  }

  /** Reads the shares other processes wrote since the last read. */
  private async read(
    collection: mongo.Collection<SharedCounterDocument>,
    window: number,
    now: number,
  ): Promise<void> {
    const documents = await collection
      .find({
        scope: this.options.scope,
        window,
        at: { $gte: new Date(this.readSince - CLOCK_SKEW_MS) },
        process: { $ne: this.processId },
      })
      .project<Pick<SharedCounterDocument, 'key' | 'value' | 'process' | 'at'>>(
        { key: 1, value: 1, process: 1, at: 1 },
      )
      .toArray();
    if (window !== this.window) return;
    this.readSince = now;
    for (const document of documents) {
      let shares = this.others.get(document.key);
      if (!shares) {
        shares = new Map();
        this.others.set(document.key, shares);
        this.evict(this.others);
      }
      shares.set(document.process, {
        value: document.value,
        at: document.at.getTime(),
      });
    }
  }

  private windowAt(at: number): number {
    const { windowMs } = this.options;
    return windowMs === undefined ? 0 : Math.floor(at / windowMs);
  }

  /** Forgets the shares of a window that has ended. */
  private roll(): void {
    const window = this.windowAt(this.now());
    if (window === this.window) return;
    this.window = window;
    this.own.clear();
    this.dirty.clear();
    this.others.clear();
    this.readSince = 0;
  }

  private evict(map: Map<string, unknown>): void {
    while (map.size > this.maxKeys) {
      const oldest = map.keys().next().value;
      if (oldest === undefined) return;
      map.delete(oldest);
      this.dirty.delete(oldest);
    }
  }
}
