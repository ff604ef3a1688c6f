import type { DeviceCacheStore, DownloadProgress } from './deviceCache';
import { offlineDatabase } from './offlineDatabase';

const progressKey = (userId: string) => `download:${userId}`;

/** The device cache in the app's IndexedDB database. */
export const idbDeviceCacheStore: DeviceCacheStore = {
  async readProgress(userId) {
    const db = await offlineDatabase();
    return ((await db.get('meta', progressKey(userId))) ??
      null) as DownloadProgress | null;
  },
  async writeProgress(userId, progress) {
    const db = await offlineDatabase();
    await db.put('meta', progress, progressKey(userId));
  },
  async putRecord(userId, kind, id, value) {
    const db = await offlineDatabase();
    await db.put('deviceCache', { userId, kind, id, value });
  },
  async replaceRecords(userId, kind, records) {
    const db = await offlineDatabase();
    const tx = db.transaction('deviceCache', 'readwrite');
    const range = IDBKeyRange.bound(
      [userId, kind, ''],
      [userId, kind, '\uffff'],
    );
    await tx.store.delete(range);
    for (const { id, value } of records)
      await tx.store.put({ userId, kind, id, value });
    await tx.done;
  },
  async listRecords(userId, kind) {
    const db = await offlineDatabase();
    const rows = await db.getAllFromIndex('deviceCache', 'byUserKind', [
      userId,
      kind,
    ]);
    return rows.map((row) => row.value);
  },
  async clear(userId) {
    const db = await offlineDatabase();
    const tx = db.transaction(['deviceCache', 'meta'], 'readwrite');
    await tx
      .objectStore('deviceCache')
      .delete(
        IDBKeyRange.bound([userId, '', ''], [userId, '\uffff', '\uffff']),
      );
    await tx.objectStore('meta').delete(progressKey(userId));
    await tx.done;
  },
};
