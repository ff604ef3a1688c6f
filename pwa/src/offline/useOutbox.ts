import { computed, ref, shallowRef, watch } from 'vue';
import type { ApolloClient } from '@apollo/client';
import { errorCodeOf, errorExtensionsOf } from '../apollo/errorCode';
import { useSession } from '../session/useSession';
import { createApolloOutboxTransport } from './apolloOutboxTransport';
import { IdbOutboxStorage } from './idbOutboxStorage';
import { MemoryOutboxStorage } from './memoryOutboxStorage';
import {
  NETWORK_ERROR_CODE,
  Outbox,
  type AcceptanceDraft,
  type ApplicationDraft,
  type OutboxEntry,
  type ReplayReport,
  type SubmitOutcome,
  type SubmittedCase,
} from './outbox';

/** A synced record, shown with its server case number next to its provisional id. */
export interface SyncedEntry {
  localId: string;
  itemName: string;
  itemNameEn: string | null;
  result: SubmittedCase;
}

/** Synced records stay on the device this long, to match provisional ids to case numbers. */
const SYNCED_KEPT_MS = 7 * 24 * 3600 * 1000;

const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 60_000;

let outbox: Outbox | null = null;
let beforeReplay: () => Promise<boolean> = async () => true;
const entries = shallowRef<OutboxEntry[]>([]);
const synced = computed<SyncedEntry[]>(() =>
  entries.value
    .filter((e) => e.state === 'synced' && e.result)
    .map((e) => ({
      localId: e.localId,
      itemName: e.itemName,
      itemNameEn: e.itemNameEn ?? null,
      result: e.result as SubmittedCase,
    }))
    .reverse(),
);
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
    transport: createApolloOutboxTransport(
      client,
      () => useSession().user.value?.id ?? null,
    ),
    errorCodeOf,
    errorDetailsOf: errorExtensionsOf,
    isOnline: () => navigator.onLine,
    withLock: withWebLock,
    signedInUserId: () => useSession().partitionKey.value ?? null,
  });

  // The outbox is partitioned by the session's partition key, not the user
  // id, so an agent's acting session and their own session never list or
  // replay each other's records.
  const { partitionKey } = useSession();
  outbox.subscribe((userId) => {
    if (userId === partitionKey.value) void refresh();
  });
  watch(
    () => partitionKey.value,
    (userId) => {
      entries.value = [];
      if (!userId) return;
      void outbox?.pruneSynced(userId, SYNCED_KEPT_MS);
      void syncNow();
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
  const userId = useSession().partitionKey.value;
  entries.value = userId ? await requireOutbox().list(userId) : [];
}

/** Replays the signed-in user's queue; does nothing while offline. */
async function syncNow(): Promise<ReplayReport | null> {
  const userId = useSession().partitionKey.value;
  if (!userId || !navigator.onLine) {
    await refresh();
    return null;
  }

  syncing.value = true;
  let report: ReplayReport | null = null;
  try {
    if (!(await beforeReplay()) || useSession().partitionKey.value !== userId)
      return null;
    report = await requireOutbox().replay(userId);
    lastReport.value = report;
    return report;
  } finally {
    syncing.value = false;
    await refresh();
    scheduleRetry(report?.interruptedBy ?? null);
  }
}

/** Delay before the next automatic replay after a transient failure. */
let retryDelayMs = RETRY_FIRST_MS;
let retryTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * A replay stopped by a transient failure while the browser reports being
 * online (a dropped response, a gateway restart, a slow service) tries again
 * on its own, waiting twice as long each time up to a minute. Going offline
 * and online again replays at once through the `online` event.
 */
function scheduleRetry(interruptedBy: string | null): void {
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = null;
  if (!interruptedBy) {
    retryDelayMs = RETRY_FIRST_MS;
    return;
  }
  if (!navigator.onLine) return;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    void syncNow();
  }, retryDelayMs);
  retryDelayMs = Math.min(retryDelayMs * 2, RETRY_MAX_MS);
}

/** Reactive outbox state and actions for the signed-in user. */
export function useOutbox() {
  const { user, partitionKey } = useSession();
  const currentUserId = (): string => currentUser().id;
  /** The outbox partition key (see partitionKeyOf) and the name of the signed-in user. */
  const currentUser = () => {
    const signedIn = user.value;
    const key = partitionKey.value;
    if (!signedIn || !key)
      throw new Error('The outbox needs a signed-in user.');
    return { id: key, name: signedIn.name };
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
    fileAnyway: async (localId: string) => {
      await requireOutbox().fileAnyway(currentUserId(), localId);
      await syncNow();
    },
    /**
     * Saves an application in the outbox and sends it at once. One that
     * could not be sent although the browser is online (a slow or restarting
     * service) stays queued and is retried like any interrupted replay.
     */
    submit: async (draft: ApplicationDraft): Promise<SubmitOutcome> => {
      const outcome = await requireOutbox().submit(currentUser(), draft);
      await refresh();
      if (outcome.kind === 'queued' && navigator.onLine)
        scheduleRetry(outcome.entry.lastError?.code ?? NETWORK_ERROR_CODE);
      return outcome;
    },
    /** Saves an application in the outbox, then syncs when online. */
    save: async (draft: ApplicationDraft) => {
      const entry = await requireOutbox().enqueue(currentUser(), draft);
      void syncNow();
      return entry;
    },
    /** Saves an acceptance decision in the outbox, then syncs when online. */
    saveAcceptance: async (draft: AcceptanceDraft) => {
      const entry = await requireOutbox().enqueueAcceptance(
        currentUser(),
        draft,
      );
      void syncNow();
      return entry;
    },
    currentUserId,
    currentUser,
  };
}
