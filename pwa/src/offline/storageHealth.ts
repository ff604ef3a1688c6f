// Checks of the device's storage made at start-up: ask the browser to keep
// the data (persistent storage), warn before the quota runs out, and notice
// that the browser wiped IndexedDB since the last start.

/** Warn when less than this share of the quota is left. */
export const QUOTA_WARNING_SHARE = 0.2;

export interface StorageEstimate {
  usage: number;
  quota: number;
}

export interface StorageHealth {
  /** The browser keeps the data under storage pressure. */
  persisted: boolean;
  /** Usage and quota when the browser reports them. */
  estimate: StorageEstimate | null;
  /** Less than `QUOTA_WARNING_SHARE` of the quota is left. */
  quotaLow: boolean;
  /** IndexedDB lost the marker that the other storage still remembers. */
  wiped: boolean;
}

/** Where the wipe marker lives: a copy in IndexedDB and one in localStorage. */
export interface MarkerStores {
  readDatabaseMarker(): Promise<string | null>;
  writeDatabaseMarker(marker: string): Promise<void>;
  readLocalMarker(): string | null;
  writeLocalMarker(marker: string): void;
}

export interface StorageManagerLike {
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

/** Whether less than the warning share of the quota is free. */
export function isQuotaLow(estimate: StorageEstimate | null): boolean {
  if (!estimate || estimate.quota <= 0) return false;
  return estimate.quota - estimate.usage < estimate.quota * QUOTA_WARNING_SHARE;
}

/** Reads usage and quota from the browser, or null when it does not report them. */
export async function readEstimate(
  manager: StorageManagerLike | undefined,
): Promise<StorageEstimate | null> {
  const raw = await manager?.estimate?.();
  return raw && typeof raw.quota === 'number'
    ? { usage: raw.usage ?? 0, quota: raw.quota }
    : null;
}

/**
 * Runs the start-up checks. The marker is a random string written to both
 * stores on first start. When localStorage has it and IndexedDB does not,
 * the browser cleared IndexedDB (outbox included) since the last start.
 */
export async function checkStorage(
  manager: StorageManagerLike | undefined,
  markers: MarkerStores,
  newMarker: () => string,
): Promise<StorageHealth> {
  let persisted = (await manager?.persisted?.()) ?? false;
  if (!persisted) persisted = (await manager?.persist?.()) ?? false;

  const estimate = await readEstimate(manager);

  const local = markers.readLocalMarker();
  const database = await markers.readDatabaseMarker();
  const wiped = local !== null && database === null;
  if (database === null || local !== database) {
    const marker = database ?? local ?? newMarker();
    await markers.writeDatabaseMarker(marker);
    markers.writeLocalMarker(marker);
  }
  return { persisted, estimate, quotaLow: isQuotaLow(estimate), wiped };
}
