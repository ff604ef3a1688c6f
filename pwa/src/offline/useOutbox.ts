import { ref, shallowRef, watch } from 'vue';
import type { ApolloClient } from '@apollo/client';
import { errorCodeOf } from '../apollo/errorCode';
import { useSession } from '../session/useSession';
import { createApolloOutboxTransport } from './apolloOutboxTransport';
import { IdbOutboxStorage } from './idbOutboxStorage';
import { MemoryOutboxStorage } from './memoryOutboxStorage';
import {
  Outbox,
  type OutboxEntry,
  type ReplayReport,
  type SubmittedCase,
} from './outbox';

/** An entry the last replays submitted, shown with its new case number. */
export interface SyncedEntry {
  localId: string;
  itemName: string;
  result: SubmittedCase;
}

let outbox: Outbox | null = null;
let beforeReplay: () => Promise<boolean> = async () => true;
const entries = shallowRef<OutboxEntry[]>([]);
const synced = ref<SyncedEntry[]>([]);
const syncing = ref(false);
const lastReport = shallowRef<ReplayReport | null>(null);

/** Runs a task under a Web Lock so two open tabs never replay together. */
function withWebLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  if (!navigator.locks) return task();
  return navigator.locks.request(name, task) as Promise<T>;
}

export interface InstallOutboxOptions {
  /**
   * Runs before each replay, to refresh an access token that expired while
   * the device was offline. Resolves false when the user was signed out
   * instead, so the records stay queued.
   */
  beforeReplay?: () => Promise<boolean>;
}

/**
 * Creates the app-wide outbox and starts replaying on app start, on the
 * `online` event and when the signed-in user changes.
 */
export function installOutbox(
  client: ApolloClient,
  options: InstallOutboxOptions = {},
): Outbox {
  if (options.beforeReplay) beforeReplay = options.beforeReplay;
  const storage =
    typeof indexedDB === 'undefined'
      ? new MemoryOutboxStorage()
      : new IdbOutboxStorage();
  outbox = new Outbox({
    storage,
    transport: createApolloOutboxTransport(client),
    errorCodeOf,
    isOnline: () => navigator.onLine,
    withLock: withWebLock,
  });

  const { user } = useSession();
  outbox.subscribe((userId) => {
    if (userId === user.value?.id) void refresh();
  });
  watch(
    () => user.value?.id,
    (userId) => {
      synced.value = [];
      entries.value = [];
      if (userId) void syncNow();
    },
    { immediate: true },
  );
  window.addEventListener('online', () => void syncNow());
  return outbox;
}

function requireOutbox(): Outbox {
  if (!outbox)
    throw new Error('installOutbox(client) must run before useOutbox().');
  return outbox;
}

async function refresh(): Promise<void> {
  const userId = useSession().user.value?.id;
  entries.value = userId ? await requireOutbox().list(userId) : [];
}

/** Replays the signed-in user's queue; does nothing while offline. */
async function syncNow(): Promise<ReplayReport | null> {
  const userId = useSession().user.value?.id;
  if (!userId || !navigator.onLine) {
    await refresh();
    return null;
  }

  syncing.value = true;
  try {
    if (!(await beforeReplay()) || useSession().user.value?.id !== userId)
      return null;
    const report = await requireOutbox().replay(userId);
    lastReport.value = report;
    synced.value = [
      ...report.submitted.map(({ entry, result }) => ({
        localId: entry.localId,
        itemName: entry.itemName,
        result,
      })),
      ...synced.value,
    ];
    return report;
  } finally {
    syncing.value = false;
    await refresh();
  }
}

/** Reactive outbox state and actions for the signed-in user. */
export function useOutbox() {
  const { user } = useSession();
  const currentUserId = (): string => {
    const id = user.value?.id;
    if (!id) throw new Error('The outbox needs a signed-in user.');
    return id;
  };

  return {
    entries,
    synced,
    syncing,
    lastReport,
    syncNow,
    outbox: requireOutbox,
    retry: async (localId: string) => {
      await requireOutbox().retry(currentUserId(), localId);
      await syncNow();
    },
    discard: (localId: string) =>
      requireOutbox().discard(currentUserId(), localId),
    currentUserId,
  };
}
