import type { OutboxEntry, OutboxStorage } from './outbox';

/**
 * Copies an entry the way IndexedDB's structured clone would, so callers
 * cannot change stored entries through a reference they still hold. Blobs
 * are immutable and stay shared.
 */
function copyEntry(entry: OutboxEntry): OutboxEntry {
  const lastError = entry.lastError ? { ...entry.lastError } : null;
  const result = entry.result ? { ...entry.result } : null;
  if (entry.kind === 'acceptance') return { ...entry, lastError, result };
  return {
    ...entry,
    formData: { ...entry.formData },
    materials: entry.materials.map((m) => ({ ...m })),
    lastError,
    result,
  };
}

/** Outbox storage in memory, for unit tests and browsers without IndexedDB. */
export class MemoryOutboxStorage implements OutboxStorage {
  private readonly partitions = new Map<string, Map<string, OutboxEntry>>();

  async list(userId: string): Promise<OutboxEntry[]> {
    const partition = this.partitions.get(userId);
    if (!partition) return [];
    return [...partition.values()]
      .sort((a, b) => a.sequence - b.sequence)
      .map(copyEntry);
  }

  async put(entry: OutboxEntry): Promise<void> {
    let partition = this.partitions.get(entry.createdBy);
    if (!partition) {
      partition = new Map();
      this.partitions.set(entry.createdBy, partition);
    }
    partition.set(entry.localId, copyEntry(entry));
  }

  async delete(userId: string, localId: string): Promise<void> {
    this.partitions.get(userId)?.delete(localId);
  }
}
