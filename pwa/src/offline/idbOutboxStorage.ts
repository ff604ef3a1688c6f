import type { IDBPDatabase } from 'idb';
import { offlineDatabase, type OfflineDatabase } from './offlineDatabase';
import type { OutboxEntry, OutboxStorage } from './outbox';

/** Outbox storage in IndexedDB; material Blobs are stored as they are. */
export class IdbOutboxStorage implements OutboxStorage {
  private database: Promise<IDBPDatabase<OfflineDatabase>> | null = null;

  private open(): Promise<IDBPDatabase<OfflineDatabase>> {
    this.database ??= offlineDatabase();
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
