// Apollo Client's cache, kept in IndexedDB per signed-in user. At start-up
// the user's saved cache is restored before any query runs (`cacheReady`),
// and it is written back shortly after results arrive. Queries still ask
// the network first; the restored cache answers when the network does not.
import type { ApolloClient } from '@apollo/client';
import type { NormalizedCacheObject } from '@apollo/client/cache';

/** Storage of one serialised cache per user. */
export interface CacheStore {
  read(userId: string): Promise<NormalizedCacheObject | null>;
  write(userId: string, data: NormalizedCacheObject): Promise<void>;
}

/** Saves are batched: one write at most this long after a change. */
const SAVE_DELAY_MS = 1000;

export function createCachePersistence(
  client: ApolloClient,
  store: CacheStore,
) {
  let userId: string | null = null;
  let ready: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function save(): Promise<void> {
    timer = null;
    if (!userId) return;
    await store.write(userId, client.cache.extract() as NormalizedCacheObject);
  }

  return {
    /** Resolves once the current user's cache is restored. */
    ready: () => ready,
    /**
     * Switches to a user's cache: the in-memory cache is emptied and the
     * user's saved copy restored, so one user never sees another's data.
     */
    switchUser(next: string | null): Promise<void> {
      userId = next;
      ready = (async () => {
        await client.cache.reset();
        if (!next) return;
        try {
          const saved = await store.read(next);
          if (saved && userId === next) client.cache.restore(saved);
        } catch {
          // An unreadable copy costs only the offline answers.
        }
      })();
      return ready;
    },
    /** Schedules a save of the current cache. */
    scheduleSave(): void {
      if (timer || !userId) return;
      timer = setTimeout(
        () => void save().catch(() => undefined),
        SAVE_DELAY_MS,
      );
    },
    /** Saves now, for tests and before the page hides. */
    saveNow: save,
  };
}

export type CachePersistence = ReturnType<typeof createCachePersistence>;
