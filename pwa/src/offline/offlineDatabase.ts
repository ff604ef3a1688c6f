// The app's one IndexedDB database. Every store that holds a user's data is
// keyed by user id first, so one user's records never show up in another's
// queries on a shared service-point device.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxEntry } from './outbox';

export const DATABASE_NAME = 'ykb-offline';
const DATABASE_VERSION = 2;

/** A record of the device cache: one catalogue item or one open case. */
export interface DeviceCacheRecord {
  userId: string;
  /** `item` for the catalogue, `case` for the area's open cases. */
  kind: 'item' | 'case';
  id: string;
  value: unknown;
}

/** A GraphiQL query an analyst saved on this device. */
export interface SavedQuery {
  userId: string;
  name: string;
  query: string;
  variables: string;
  savedAt: string;
}

export interface OfflineDatabase extends DBSchema {
  outbox: {
    /** `[createdBy, localId]`: the user id partitions every query. */
    key: [string, string];
    value: OutboxEntry;
    indexes: { byUserSequence: [string, number] };
  };
  /** Small records under fixed keys: storage marker, PIN verifiers, download progress. */
  meta: { key: string; value: unknown };
  /** Apollo Client's normalised cache per user. */
  apolloCache: { key: string; value: { userId: string; data: unknown } };
  deviceCache: {
    key: [string, string, string];
    value: DeviceCacheRecord;
    indexes: { byUserKind: [string, string] };
  };
  savedQueries: { key: [string, string]; value: SavedQuery };
}

/** Converts an entry stored by the first version of the app (states queued and attention). */
export function upgradeEntry(old: Record<string, unknown>): OutboxEntry {
  const state = old.state === 'attention' ? 'failed' : 'pending';
  return {
    kind: 'application',
    createdByName: old.createdBy,
    applicantIdCard: null,
    allowDuplicate: false,
    result: null,
    syncedAt: null,
    ...old,
    state,
  } as OutboxEntry;
}

/** Opens (and creates or upgrades) the database. */
export function openOfflineDatabase(): Promise<IDBPDatabase<OfflineDatabase>> {
  return openDB<OfflineDatabase>(DATABASE_NAME, DATABASE_VERSION, {
    async upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        const store = db.createObjectStore('outbox', {
          keyPath: ['createdBy', 'localId'],
        });
        store.createIndex('byUserSequence', ['createdBy', 'sequence']);
      }
      if (oldVersion < 2) {
        db.createObjectStore('meta');
        db.createObjectStore('apolloCache', { keyPath: 'userId' });
        db.createObjectStore('deviceCache', {
          keyPath: ['userId', 'kind', 'id'],
        }).createIndex('byUserKind', ['userId', 'kind']);
        db.createObjectStore('savedQueries', { keyPath: ['userId', 'name'] });
        if (oldVersion === 1) {
          const outbox = transaction.objectStore('outbox');
          for (const entry of await outbox.getAll())
            await outbox.put(
              upgradeEntry(entry as unknown as Record<string, unknown>),
            );
        }
      }
    },
  });
}

let shared: Promise<IDBPDatabase<OfflineDatabase>> | null = null;

/** The database opened once per page. */
export function offlineDatabase(): Promise<IDBPDatabase<OfflineDatabase>> {
  shared ??= openOfflineDatabase();
  return shared;
}
