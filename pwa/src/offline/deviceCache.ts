// What a clerk's device keeps for offline work: the catalogue (each item
// with its form fields and materials) and the open cases of the clerk's
// area. Both are capped. The first download stores each record as it
// arrives and records its progress, so an interrupted download resumes
// where it stopped instead of leaving a half-filled store that looks
// complete. When the clerk's service point (division) changes, the area's
// records are dropped and downloaded again, and the caller shows a notice.

/** At most this many catalogue items are kept on a device. */
export const MAX_CACHED_ITEMS = 100;
/** At most this many open cases of the area are kept on a device. */
export const MAX_CACHED_CASES = 100;

/** Progress of a user's download, stored after every record. */
export interface DownloadProgress {
  /** Division the records belong to: the clerk's service point. */
  divisionCode: string;
  /** Item ids to fetch, fixed when the download starts. */
  itemIds: string[];
  /** How many of `itemIds` are stored. */
  itemsDone: number;
  casesDone: boolean;
  /** When the last download finished, ISO 8601 UTC; null while it runs. */
  completedAt: string | null;
}

/** Storage of the device cache, partitioned by user. */
export interface DeviceCacheStore {
  readProgress(userId: string): Promise<DownloadProgress | null>;
  writeProgress(userId: string, progress: DownloadProgress): Promise<void>;
  putRecord(
    userId: string,
    kind: 'item' | 'case',
    id: string,
    value: unknown,
  ): Promise<void>;
  /** Replaces every record of a kind, for the list of open cases. */
  replaceRecords(
    userId: string,
    kind: 'case',
    records: { id: string; value: unknown }[],
  ): Promise<void>;
  listRecords(userId: string, kind: 'item' | 'case'): Promise<unknown[]>;
  /** Deletes every record and the progress of a user. */
  clear(userId: string): Promise<void>;
}

/** Server calls the download makes. */
export interface DeviceCacheSource {
  /** Ids of the catalogue items a clerk files for, at most `limit`. */
  itemIds(limit: number): Promise<string[]>;
  /** One item with its form fields and materials; null when withdrawn. */
  item(id: string): Promise<{ id: string } | null>;
  /** The open cases of the signed-in clerk's area, at most `limit`. */
  openCases(limit: number): Promise<{ id: string }[]>;
}

/** What `syncDeviceCache` did. */
export interface DeviceCacheReport {
  /** The download went on from where an earlier one stopped. */
  resumed: boolean;
  /** The clerk's division differs from the one the records were for. */
  areaChangedFrom: string | null;
  items: number;
  cases: number;
}

/**
 * Brings a user's device cache up to date for `divisionCode`: starts or
 * resumes the catalogue download and refreshes the open cases. Throws the
 * source's error when the network fails; the progress stored so far stays.
 */
export async function syncDeviceCache(
  userId: string,
  divisionCode: string,
  store: DeviceCacheStore,
  source: DeviceCacheSource,
  now: () => Date = () => new Date(),
): Promise<DeviceCacheReport> {
  let progress = await store.readProgress(userId);
  let areaChangedFrom: string | null = null;
  if (progress && progress.divisionCode !== divisionCode) {
    areaChangedFrom = progress.divisionCode;
    await store.clear(userId);
    progress = null;
  }
  const resumed = progress !== null && progress.completedAt === null;

  if (!progress || progress.completedAt !== null) {
    const itemIds = (await source.itemIds(MAX_CACHED_ITEMS)).slice(
      0,
      MAX_CACHED_ITEMS,
    );
    progress = {
      divisionCode,
      itemIds,
      itemsDone: 0,
      casesDone: false,
      completedAt: null,
    };
    await store.writeProgress(userId, progress);
  }

  while (progress.itemsDone < progress.itemIds.length) {
    const id = progress.itemIds[progress.itemsDone]!;
    const item = await source.item(id);
    if (item) await store.putRecord(userId, 'item', id, item);
    progress = { ...progress, itemsDone: progress.itemsDone + 1 };
    await store.writeProgress(userId, progress);
  }

  const cases = (await source.openCases(MAX_CACHED_CASES)).slice(
    0,
    MAX_CACHED_CASES,
  );
  await store.replaceRecords(
    userId,
    'case',
    cases.map((c) => ({ id: c.id, value: c })),
  );
  progress = {
    ...progress,
    casesDone: true,
    completedAt: now().toISOString(),
  };
  await store.writeProgress(userId, progress);

  return {
    resumed,
    areaChangedFrom,
    items: (await store.listRecords(userId, 'item')).length,
    cases: cases.length,
  };
}

/** How much of the catalogue a user's device holds. */
export interface CatalogueStatus {
  /** Catalogue items stored on the device. */
  stored: number;
  /** Catalogue items the download fetches. */
  total: number;
  /** Whether the download went through every item id, so no item is missing. */
  complete: boolean;
}

/**
 * Reads how far a user's catalogue download got, or returns null when no
 * download has started. An item withdrawn during the download is not
 * stored, so a complete catalogue may hold fewer than `total` items.
 */
export async function readCatalogueStatus(
  userId: string,
  store: DeviceCacheStore,
): Promise<CatalogueStatus | null> {
  const progress = await store.readProgress(userId);
  if (!progress) return null;
  const stored = (await store.listRecords(userId, 'item')).length;
  return {
    stored,
    total: progress.itemIds.length,
    complete: progress.itemsDone >= progress.itemIds.length,
  };
}
