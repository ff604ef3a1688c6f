import { describe, expect, it } from 'vitest';
import {
  checkStorage,
  isQuotaLow,
  readEstimate,
  type MarkerStores,
} from '../src/offline/storageHealth';

/** Marker stores in memory; `wipeDatabase` plays the browser clearing IndexedDB. */
function markers() {
  let database: string | null = null;
  let local: string | null = null;
  const stores: MarkerStores = {
    readDatabaseMarker: async () => database,
    writeDatabaseMarker: async (m) => void (database = m),
    readLocalMarker: () => local,
    writeLocalMarker: (m) => void (local = m),
  };
  return { stores, wipeDatabase: () => (database = null) };
}

const manager = (persisted: boolean, usage: number, quota: number) => {
  const calls: string[] = [];
  return {
    calls,
    manager: {
      persisted: async () => (calls.push('persisted'), persisted),
      persist: async () => (calls.push('persist'), true),
      estimate: async () => ({ usage, quota }),
    },
  };
};

describe('checkStorage', () => {
  it('asks for persistent storage when the browser has not granted it', async () => {
    const { manager: m, calls } = manager(false, 10, 1000);

    const health = await checkStorage(m, markers().stores, () => 'marker-1');

    expect(calls).toEqual(['persisted', 'persist']);
    expect(health.persisted).toBe(true);
    expect(health.wiped).toBe(false);
  });

  it('detects that IndexedDB was wiped since the last start', async () => {
    const { stores, wipeDatabase } = markers();
    const { manager: m } = manager(true, 10, 1000);
    await checkStorage(m, stores, () => 'marker-1');

    expect((await checkStorage(m, stores, () => 'marker-2')).wiped).toBe(false);
    wipeDatabase();
    expect((await checkStorage(m, stores, () => 'marker-3')).wiped).toBe(true);
    // The marker is written again, so the warning belongs to one start.
    expect((await checkStorage(m, stores, () => 'marker-4')).wiped).toBe(false);
  });

  it('warns when less than a fifth of the quota is free', async () => {
    expect(isQuotaLow({ usage: 790, quota: 1000 })).toBe(false);
    expect(isQuotaLow({ usage: 810, quota: 1000 })).toBe(true);
    expect(isQuotaLow(null)).toBe(false);
    const { manager: m } = manager(true, 900, 1000);
    expect((await checkStorage(m, markers().stores, () => 'x')).quotaLow).toBe(
      true,
    );
  });

  it('works where the browser has no storage manager', async () => {
    const health = await checkStorage(undefined, markers().stores, () => 'x');

    expect(health).toEqual({
      persisted: false,
      estimate: null,
      quotaLow: false,
      wiped: false,
    });
  });
});

describe('readEstimate', () => {
  it('reads usage and quota', async () => {
    const { manager: m } = manager(true, 900, 1000);
    expect(await readEstimate(m)).toEqual({ usage: 900, quota: 1000 });
  });

  it('counts missing usage as zero', async () => {
    expect(
      await readEstimate({ estimate: async () => ({ quota: 1000 }) }),
    ).toEqual({ usage: 0, quota: 1000 });
  });

  it('returns null without a quota', async () => {
    expect(
      await readEstimate({ estimate: async () => ({ usage: 5 }) }),
    ).toBeNull();
    expect(await readEstimate({})).toBeNull();
    expect(await readEstimate(undefined)).toBeNull();
  });
});
