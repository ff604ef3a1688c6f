// App-wide state of this device: storage checks, the offline PIN, and the
// device cache of the signed-in clerk's area.
import { ref, shallowRef, watch } from 'vue';
import type { ApolloClient } from '@apollo/client';
import {
  CurrentUserDocument,
  ItemDetailDocument,
  SearchItemsDocument,
  WorklistDocument,
} from '../graphql/generated';
import { createPinLock, type PinRecord } from '../session/pinLock';
import { updateUser, useSession } from '../session/useSession';
import { randomUuid } from '../util/randomUuid';
import {
  readCatalogueStatus,
  syncDeviceCache,
  type CatalogueStatus,
  type DeviceCacheSource,
} from './deviceCache';
import { idbDeviceCacheStore } from './idbDeviceCacheStore';
import { offlineDatabase } from './offlineDatabase';
import {
  checkStorage,
  isQuotaLow,
  readEstimate,
  type StorageHealth,
} from './storageHealth';
import { useOutbox } from './useOutbox';

const STORAGE_MARKER_KEY = 'ykb.storageMarker';
/**
 * A session cookie (no expiry) marks the device unlocked: every tab sees
 * it, and the browser drops it when it restarts.
 */
const UNLOCKED_COOKIE = 'ykb_unlocked';

function unlockedUser(): string | null {
  const pair = document.cookie
    .split('; ')
    .find((part) => part.startsWith(`${UNLOCKED_COOKIE}=`));
  return pair
    ? decodeURIComponent(pair.slice(UNLOCKED_COOKIE.length + 1))
    : null;
}

export const pinLock = createPinLock({
  async read(userId) {
    const raw = localStorage.getItem(`ykb.pin:${userId}`);
    return raw ? (JSON.parse(raw) as PinRecord) : null;
  },
  async write(userId, record) {
    localStorage.setItem(`ykb.pin:${userId}`, JSON.stringify(record));
  },
  async remove(userId) {
    localStorage.removeItem(`ykb.pin:${userId}`);
  },
});

const storage = shallowRef<StorageHealth | null>(null);
/** Division code the clerk's cached area moved from, while the notice shows. */
const areaChangedFrom = ref<string | null>(null);
const download = ref<{
  state: 'idle' | 'running' | 'done' | 'interrupted';
  resumed: boolean;
  items: number;
  cases: number;
}>({ state: 'idle', resumed: false, items: 0, cases: 0 });
/** Catalogue download of the signed-in user as stored on the device; null before one starts. */
const catalogue = ref<CatalogueStatus | null>(null);
/** `needed` while a PIN must be entered, `locked` after too many failures. */
const pinGate = ref<'open' | 'needed' | 'locked'>('open');

function cacheSource(client: ApolloClient): DeviceCacheSource {
  return {
    async itemIds(limit) {
      const { data } = await client.query({
        query: SearchItemsDocument,
        variables: { first: limit },
        fetchPolicy: 'network-only',
      });
      return (data?.searchItems ?? []).map((item) => item.id);
    },
    async item(id) {
      const { data } = await client.query({
        query: ItemDetailDocument,
        variables: { id },
        fetchPolicy: 'network-only',
      });
      return data?.item ?? null;
    },
    async openCases(limit) {
      const lists = await Promise.all(
        (['SUBMITTED', 'ACCEPTED'] as const).map((status) =>
          client.query({
            query: WorklistDocument,
            variables: { status, first: limit },
            fetchPolicy: 'network-only',
          }),
        ),
      );
      return lists.flatMap(({ data }) => data?.worklist ?? []);
    },
  };
}

/** Roles that take in applications and so keep a device cache. */
const INTAKE_ROLES = ['CLERK', 'WINDOW_STAFF'];

/**
 * Reads the signed-in user from the server, so a clerk moved to another
 * service point gets the new division without signing in again.
 */
async function refreshUser(client: ApolloClient): Promise<void> {
  const { user } = useSession();
  if (!user.value || !navigator.onLine) return;
  try {
    const { data } = await client.query({
      query: CurrentUserDocument,
      fetchPolicy: 'network-only',
    });
    const me = data?.me;
    if (!me || me.id !== user.value?.id) return;
    const { __typename: _typename, ...fields } = me as typeof me & {
      __typename?: string;
    };
    const stored = user.value;
    if (
      stored.divisionCode !== fields.divisionCode ||
      stored.name !== fields.name ||
      stored.roles.join() !== fields.roles.join()
    )
      updateUser(fields);
  } catch {
    // Offline or refused: the stored user stays until the next start.
  }
}

/**
 * Reads the stored catalogue progress again, so a download that stopped
 * offline shows as incomplete after a reload too.
 */
async function refreshCatalogueStatus(): Promise<void> {
  const userId = useSession().user.value?.id;
  catalogue.value = userId
    ? await readCatalogueStatus(userId, idbDeviceCacheStore)
    : null;
}

/** Downloads the device cache when the device is online, then reads the catalogue progress. */
async function refreshDeviceCache(client: ApolloClient): Promise<void> {
  await downloadDeviceCache(client);
  await refreshCatalogueStatus().catch(() => undefined);
}

async function downloadDeviceCache(client: ApolloClient): Promise<void> {
  const { user } = useSession();
  const current = user.value;
  if (
    !current ||
    !navigator.onLine ||
    !current.divisionCode ||
    !current.roles.some((role) => INTAKE_ROLES.includes(role)) ||
    download.value.state === 'running'
  )
    return;
  download.value = { ...download.value, state: 'running' };
  try {
    const report = await syncDeviceCache(
      current.id,
      current.divisionCode,
      idbDeviceCacheStore,
      cacheSource(client),
    );
    if (report.areaChangedFrom) areaChangedFrom.value = report.areaChangedFrom;
    download.value = { state: 'done', ...report };
  } catch {
    download.value = { ...download.value, state: 'interrupted' };
  }
}

/** Marks the device unlocked for this browser session. */
function markUnlocked(userId: string): void {
  document.cookie = `${UNLOCKED_COOKIE}=${encodeURIComponent(userId)}; path=/; SameSite=Strict`;
  pinGate.value = 'open';
}

async function updatePinGate(): Promise<void> {
  const userId = useSession().user.value?.id;
  if (!userId || unlockedUser() === userId) {
    pinGate.value = 'open';
    return;
  }
  if (await pinLock.isLocked(userId)) pinGate.value = 'locked';
  else if (await pinLock.hasPin(userId)) pinGate.value = 'needed';
  else pinGate.value = 'open';
}

/**
 * Reads the estimate again, so the quota warning shows as soon as stored
 * records fill the storage and not only at the next start.
 */
async function refreshQuota(): Promise<void> {
  const current = storage.value;
  if (!current) return;
  const estimate = await readEstimate(navigator.storage);
  storage.value = { ...current, estimate, quotaLow: isQuotaLow(estimate) };
}

/** Runs the start-up checks and keeps the device cache current. */
export function installDevice(client: ApolloClient): void {
  void checkStorage(
    navigator.storage,
    {
      async readDatabaseMarker() {
        const db = await offlineDatabase();
        return ((await db.get('meta', 'storageMarker')) as string) ?? null;
      },
      async writeDatabaseMarker(marker) {
        const db = await offlineDatabase();
        await db.put('meta', marker, 'storageMarker');
      },
      readLocalMarker: () => localStorage.getItem(STORAGE_MARKER_KEY),
      writeLocalMarker: (marker) =>
        localStorage.setItem(STORAGE_MARKER_KEY, marker),
    },
    randomUuid,
  )
    .then((health) => (storage.value = health))
    .catch(() => undefined);
  // Stored applications and their photos take storage, so every outbox
  // change reads the estimate again.
  useOutbox()
    .outbox()
    .subscribe(() => void refreshQuota().catch(() => undefined));

  const { user } = useSession();
  void refreshUser(client);
  window.addEventListener('online', () => void refreshUser(client));
  // The user stored at start-up may need the PIN; a user who signs in with
  // the password in this page has just proved who they are.
  void updatePinGate();
  watch(
    () => user.value?.id,
    (userId) => {
      if (userId) markUnlocked(userId);
    },
  );
  watch(
    () => [user.value?.id, user.value?.divisionCode],
    () => void refreshDeviceCache(client),
    { immediate: true },
  );
  window.addEventListener('online', () => void refreshDeviceCache(client));
}

export function useDevice() {
  return {
    storage,
    areaChangedFrom,
    download,
    catalogue,
    pinGate,
    dismissAreaNotice: () => (areaChangedFrom.value = null),
    refreshDeviceCache: (client: ApolloClient) => refreshDeviceCache(client),
    refreshCatalogueStatus,
    markUnlocked,
  };
}
