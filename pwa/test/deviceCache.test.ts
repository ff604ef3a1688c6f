import { describe, expect, it } from 'vitest';
import {
  MAX_CACHED_CASES,
  MAX_CACHED_ITEMS,
  readCatalogueStatus,
  syncDeviceCache,
  type DeviceCacheSource,
  type DeviceCacheStore,
  type DownloadProgress,
} from '../src/offline/deviceCache';

/** The device cache in memory, partitioned by user like the IndexedDB one. */
function memoryStore(): DeviceCacheStore & {
  records: Map<string, Map<string, unknown>>;
} {
  const progress = new Map<string, DownloadProgress>();
  const records = new Map<string, Map<string, unknown>>();
  const partition = (userId: string, kind: string) => {
    const key = `${userId}/${kind}`;
    if (!records.has(key)) records.set(key, new Map());
    return records.get(key)!;
  };
  return {
    records,
    readProgress: async (userId) => progress.get(userId) ?? null,
    writeProgress: async (userId, value) =>
      void progress.set(userId, structuredClone(value)),
    putRecord: async (userId, kind, id, value) =>
      void partition(userId, kind).set(id, value),
    replaceRecords: async (userId, kind, list) => {
      const target = partition(userId, kind);
      target.clear();
      for (const { id, value } of list) target.set(id, value);
    },
    listRecords: async (userId, kind) => [...partition(userId, kind).values()],
    clear: async (userId) => {
      progress.delete(userId);
      for (const key of [...records.keys()])
        if (key.startsWith(`${userId}/`)) records.delete(key);
    },
  };
}

/** A catalogue of `count` items whose fetches fail once `failAt` items were served. */
function source(count: number, cases = 3) {
  const fetched: string[] = [];
  let failAt = Infinity;
  const api: DeviceCacheSource = {
    itemIds: async (limit) =>
      Array.from({ length: Math.min(count, limit + 5) }, (_, i) => `item-${i}`),
    item: async (id) => {
      if (fetched.length >= failAt) throw new TypeError('Failed to fetch');
      fetched.push(id);
      return { id };
    },
    openCases: async (limit) =>
      Array.from({ length: Math.min(cases, limit + 5) }, (_, i) => ({
        id: `case-${i}`,
      })),
  };
  return {
    api,
    fetched,
    failAfter: (n: number) => (failAt = n),
    heal: () => (failAt = Infinity),
  };
}

describe('syncDeviceCache', () => {
  it('stores the catalogue and the open cases of the area', async () => {
    const store = memoryStore();
    const { api } = source(4, 2);

    const report = await syncDeviceCache('u-clerk', '500238100205', store, api);

    expect(report).toEqual({
      resumed: false,
      areaChangedFrom: null,
      items: 4,
      cases: 2,
    });
    expect(await store.readProgress('u-clerk')).toMatchObject({
      divisionCode: '500238100205',
      itemsDone: 4,
      casesDone: true,
    });
  });

  it('resumes an interrupted first download where it stopped', async () => {
    const store = memoryStore();
    const catalogue = source(6);
    catalogue.failAfter(4);

    await expect(
      syncDeviceCache('u-clerk', '500238100205', store, catalogue.api),
    ).rejects.toThrow('Failed to fetch');
    const halfway = await store.readProgress('u-clerk');
    expect(halfway).toMatchObject({ itemsDone: 4, completedAt: null });

    catalogue.heal();
    const report = await syncDeviceCache(
      'u-clerk',
      '500238100205',
      store,
      catalogue.api,
    );

    expect(report.resumed).toBe(true);
    expect(report.items).toBe(6);
    // Each item was fetched once: the second run went on from item 4.
    expect(catalogue.fetched).toEqual([
      'item-0',
      'item-1',
      'item-2',
      'item-3',
      'item-4',
      'item-5',
    ]);
  });

  it('drops the old area and downloads again after a move', async () => {
    const store = memoryStore();
    await syncDeviceCache('u-clerk', '500238100205', store, source(3).api);

    const report = await syncDeviceCache(
      'u-clerk',
      '500238100206',
      store,
      source(2, 1).api,
    );

    expect(report.areaChangedFrom).toBe('500238100205');
    expect(report.items).toBe(2);
    expect(report.cases).toBe(1);
    expect(await store.readProgress('u-clerk')).toMatchObject({
      divisionCode: '500238100206',
    });
  });

  it('caps what the device keeps', async () => {
    const store = memoryStore();

    const report = await syncDeviceCache(
      'u-clerk',
      '500238100205',
      store,
      source(MAX_CACHED_ITEMS + 50, MAX_CACHED_CASES + 50).api,
    );

    expect(report.items).toBe(MAX_CACHED_ITEMS);
    expect(report.cases).toBe(MAX_CACHED_CASES);
  });

  it('keeps each user to their own records', async () => {
    const store = memoryStore();
    await syncDeviceCache('u-a', '500238100205', store, source(2).api);
    await syncDeviceCache('u-b', '500238100206', store, source(1).api);

    expect(await store.listRecords('u-a', 'item')).toHaveLength(2);
    expect(await store.listRecords('u-b', 'item')).toHaveLength(1);
  });
});

describe('readCatalogueStatus', () => {
  it('returns null before any download', async () => {
    expect(await readCatalogueStatus('u-clerk', memoryStore())).toBeNull();
  });

  it('counts an interrupted download as incomplete', async () => {
    const store = memoryStore();
    const catalogue = source(34);
    catalogue.failAfter(13);
    await expect(
      syncDeviceCache('u-clerk', '500238100205', store, catalogue.api),
    ).rejects.toThrow('Failed to fetch');

    expect(await readCatalogueStatus('u-clerk', store)).toEqual({
      stored: 13,
      total: 34,
      complete: false,
    });
  });

  it('counts a finished download as complete', async () => {
    const store = memoryStore();
    await syncDeviceCache('u-clerk', '500238100205', store, source(34).api);

    expect(await readCatalogueStatus('u-clerk', store)).toEqual({
      stored: 34,
      total: 34,
      complete: true,
    });
  });
});
