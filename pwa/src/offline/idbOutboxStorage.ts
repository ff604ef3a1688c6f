import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxEntry, OutboxStorage } from './outbox';

const DATABASE_NAME = 'ykb-offline';
const DATABASE_VERSION = 1;

interface OfflineDatabase extends DBSchema {
  outbox: {
    /** `[createdBy, localId]`: the user id partitions every query. */
    key: [string, string];
    value: OutboxEntry;
    indexes: { byUserSequence: [string, number] };
  };
}

/** Outbox storage in IndexedDB; material Blobs are stored as they are. */
export class IdbOutboxStorage implements OutboxStorage {
  private database: Promise<IDBPDatabase<OfflineDatabase>> | null = null;

  private open(): Promise<IDBPDatabase<OfflineDatabase>> {
    this.database ??= openDB<OfflineDatabase>(DATABASE_NAME, DATABASE_VERSION, {
      upgrade(db) {
        const store = db.createObjectStore('outbox', {
          keyPath: ['createdBy', 'localId'],
        });
        store.createIndex('byUserSequence', ['createdBy', 'sequence']);
      },
    });
    return this.database;
  }

  async list(userId: string): Promise<OutboxEntry[]> {
    const db = await this.open();
    const range = IDBKeyRange.bound([userId, -Infinity], [userId, Infinity]);
    return db.getAllFromIndex('outbox', 'byUserSequence', range);
  }

  async put(entry: OutboxEntry): Promise<void> {
    const db = await this.open();
    await db.put('outbox', entry);
  }

  async delete(userId: string, localId: string): Promise<void> {
    const db = await this.open();
    await db.delete('outbox', [userId, localId]);
  }
}
