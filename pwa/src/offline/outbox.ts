// The application outbox. Applications that could not reach the server are
// kept on the device and replayed later in the order they were created. Each
// replay sends the idempotency key generated when the draft was first
// submitted, so the server can return the first result after a lost response
// instead of creating a second case. This module imports no Vue, Apollo or
// IndexedDB code because storage, transport and error classification are
// injected.
import type { SubmitApplicationMutation } from '../graphql/generated';

/** Form values keyed by form field key, sent as one JSON object. */
export type FormValues = Record<string, string>;

/** The case `submitApplication` created (or returned again for a repeated key). */
export type SubmittedCase = SubmitApplicationMutation['submitApplication'];

/** A material file attached to an application, kept as a Blob on the device. */
export interface OutboxMaterial {
  /** Material code from the item's material list. */
  code: string;
  fileName: string;
  mimeType: string;
  blob: Blob;
  /** Server file id once the upload succeeded; reused by later retries. */
  fileId: string | null;
}

/** An application as the form produces it. */
export interface ApplicationDraft {
  itemId: string;
  /** Item name shown in the outbox list while no case exists. */
  itemName: string;
  divisionCode: string;
  formData: FormValues;
  materials: Omit<OutboxMaterial, 'fileId'>[];
  /** Generated once when the draft is first submitted, never regenerated. */
  idempotencyKey: string;
}

/**
 * `queued` entries are replayed automatically. `attention` entries were
 * rejected by the server and wait for the user to retry or discard them.
 */
export type OutboxEntryState = 'queued' | 'attention';

/** A stored application. */
export interface OutboxEntry extends Omit<ApplicationDraft, 'materials'> {
  /** Provisional local id shown in place of a case number. */
  localId: string;
  /** Id of the user who created the entry; also the storage partition. */
  createdBy: string;
  /** Creation instant, ISO 8601 UTC. */
  createdAt: string;
  /** Replay order within the partition: strictly increasing. */
  sequence: number;
  state: OutboxEntryState;
  materials: OutboxMaterial[];
  /** Number of replay attempts that failed. */
  attempts: number;
  /** The last failure, as a GraphQL `extensions.code` or `NETWORK`. */
  lastError: { code: string; message: string } | null;
}

/** Persistent storage of entries, partitioned by `createdBy`. */
export interface OutboxStorage {
  /** Lists the entries of one user, ordered by `sequence`. */
  list(userId: string): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  delete(userId: string, localId: string): Promise<void>;
}

/** Server calls the outbox makes; failures are thrown. */
export interface OutboxTransport {
  uploadMaterial(material: {
    fileName: string;
    mimeType: string;
    blob: Blob;
  }): Promise<{ id: string }>;
  submitApplication(input: {
    itemId: string;
    divisionCode: string;
    formData: FormValues;
    materials: { code: string; fileId: string }[];
    idempotencyKey: string;
  }): Promise<SubmittedCase>;
}

/** Code used for failures that carry no GraphQL `extensions.code`. */
export const NETWORK_ERROR_CODE = 'NETWORK';

/**
 * Error codes that mean the server examined the application and refused it.
 * Replaying such an entry would fail the same way, so it moves to the
 * attention list. Every other failure (network, UNAUTHENTICATED after an
 * expired session, INTERNAL_SERVER_ERROR, UPSTREAM_FAILED) keeps it queued.
 */
export const REJECTION_CODES: ReadonlySet<string> = new Set([
  'CONFLICT',
  'NOT_FOUND',
  'INVALID_FORM_DATA',
  'MISSING_MATERIAL',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'INVALID_STATE',
]);

/** Thrown by `Outbox.submit` when the server rejects a fresh application. */
export class ApplicationRejectedError extends Error {
  readonly code: string;

  constructor(code: string, cause: unknown) {
    super(`The server rejected the application with code ${code}.`, { cause });
    this.name = 'ApplicationRejectedError';
    this.code = code;
  }
}

export interface OutboxOptions {
  storage: OutboxStorage;
  transport: OutboxTransport;
  /** Returns the GraphQL `extensions.code` of a failure, or `NETWORK`. */
  errorCodeOf: (error: unknown) => string;
  /** Reports connectivity; when false, `submit` queues without a request. */
  isOnline?: () => boolean;
  now?: () => Date;
  /** Generates the random part of provisional local ids. */
  randomId?: () => string;
  /**
   * Runs `task` while holding a lock named `name`, so that two tabs never
   * replay one partition at once. Defaults to no cross-tab lock.
   */
  withLock?: <T>(name: string, task: () => Promise<T>) => Promise<T>;
}

/** Result of one replay run over a user's queued entries. */
export interface ReplayReport {
  submitted: { entry: OutboxEntry; result: SubmittedCase }[];
  /** Entries moved to the attention list during this run. */
  rejected: OutboxEntry[];
  /** Entries still queued after the run. */
  pending: number;
  /** Code of the transient failure that stopped the run, if any. */
  interruptedBy: string | null;
}

/** Result of `Outbox.submit`. */
export type SubmitOutcome =
  | { kind: 'submitted'; result: SubmittedCase }
  | { kind: 'queued'; entry: OutboxEntry };

type AttemptResult =
  | { kind: 'submitted'; result: SubmittedCase }
  | { kind: 'rejected'; code: string; error: unknown }
  | { kind: 'failed'; code: string; error: unknown };

export class Outbox {
  private readonly options: Required<Omit<OutboxOptions, 'withLock'>> &
    Pick<OutboxOptions, 'withLock'>;
  /** Per-user promise chain that serialises replays inside this tab. */
  private readonly replayChains = new Map<string, Promise<unknown>>();
  private readonly listeners = new Set<(userId: string) => void>();
  private lastSequence = 0;

  constructor(options: OutboxOptions) {
    this.options = {
      isOnline: () => true,
      now: () => new Date(),
      randomId: () => Math.random().toString(36).slice(2, 8),
      ...options,
    };
  }

  /** Registers a listener called after any change to a user's entries. */
  subscribe(listener: (userId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  list(userId: string): Promise<OutboxEntry[]> {
    return this.options.storage.list(userId);
  }

  /** Stores a draft as a queued entry without contacting the server. */
  async enqueue(userId: string, draft: ApplicationDraft): Promise<OutboxEntry> {
    const existing = await this.options.storage.list(userId);
    const duplicate = existing.find(
      (entry) => entry.idempotencyKey === draft.idempotencyKey,
    );
    if (duplicate) return duplicate;

    const now = this.options.now();
    const highest = existing.reduce((max, e) => Math.max(max, e.sequence), 0);
    const sequence = Math.max(
      now.getTime(),
      highest + 1,
      this.lastSequence + 1,
    );
    this.lastSequence = sequence;

    const entry: OutboxEntry = {
      localId: `L-${sequence.toString(36).toUpperCase()}-${this.options.randomId()}`,
      createdBy: userId,
      createdAt: now.toISOString(),
      sequence,
      state: 'queued',
      itemId: draft.itemId,
      itemName: draft.itemName,
      divisionCode: draft.divisionCode,
      formData: { ...draft.formData },
      materials: draft.materials.map((m) => ({ ...m, fileId: null })),
      idempotencyKey: draft.idempotencyKey,
      attempts: 0,
      lastError: null,
    };
    await this.options.storage.put(entry);
    this.notify(userId);
    return entry;
  }

  /**
   * Submits a fresh application. The draft is stored before any request, so
   * closing the tab mid-request does not lose it. Then the user's queue is
   * replayed in order. The outcome is `submitted` with the case, or `queued`
   * when the server could not be reached. A rejection of this draft removes
   * it from the store and throws `ApplicationRejectedError`, because the form
   * still shows the draft for editing.
   */
  async submit(
    userId: string,
    draft: ApplicationDraft,
  ): Promise<SubmitOutcome> {
    const entry = await this.enqueue(userId, draft);
    if (!this.options.isOnline()) return { kind: 'queued', entry };

    let rejection: ApplicationRejectedError | null = null;
    const report = await this.replay(userId, {
      onRejected: async (rejected, code, error) => {
        if (rejected.localId !== entry.localId) return false;
        await this.options.storage.delete(userId, rejected.localId);
        rejection = new ApplicationRejectedError(code, error);
        return true;
      },
    });
    if (rejection) throw rejection;

    const done = report.submitted.find(
      (s) => s.entry.localId === entry.localId,
    );
    if (done) return { kind: 'submitted', result: done.result };
    const stored = (await this.list(userId)).find(
      (e) => e.localId === entry.localId,
    );
    return { kind: 'queued', entry: stored ?? entry };
  }

  /**
   * Replays the user's queued entries oldest first. Each entry uploads its
   * materials that have no file id yet, then submits with its stored
   * idempotency key. A rejection moves the entry to the attention list and
   * the run continues. Any other failure keeps the entry and stops the run,
   * so a later entry never overtakes an earlier one.
   */
  replay(
    userId: string,
    hooks: {
      /** Returns true when it took care of the rejected entry itself. */
      onRejected?: (
        entry: OutboxEntry,
        code: string,
        error: unknown,
      ) => Promise<boolean>;
    } = {},
  ): Promise<ReplayReport> {
    const previous = this.replayChains.get(userId) ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(() => this.runLocked(userId, () => this.replayNow(userId, hooks)));
    this.replayChains.set(userId, run);
    return run;
  }

  /** Moves an attention entry back to the queue; the idempotency key stays. */
  async retry(userId: string, localId: string): Promise<void> {
    const entry = await this.find(userId, localId);
    if (!entry || entry.state !== 'attention') return;

    // A rejected upload id may point at a file the server discarded, so
    // retried entries upload their materials again.
    entry.materials = entry.materials.map((m) => ({ ...m, fileId: null }));
    entry.state = 'queued';
    await this.options.storage.put(entry);
    this.notify(userId);
  }

  /** Deletes an entry, queued or rejected, at the user's request. */
  async discard(userId: string, localId: string): Promise<void> {
    await this.options.storage.delete(userId, localId);
    this.notify(userId);
  }

  private async find(
    userId: string,
    localId: string,
  ): Promise<OutboxEntry | undefined> {
    const entries = await this.options.storage.list(userId);
    return entries.find((e) => e.localId === localId);
  }

  private runLocked<T>(userId: string, task: () => Promise<T>): Promise<T> {
    const { withLock } = this.options;
    return withLock ? withLock(`ykb-outbox:${userId}`, task) : task();
  }

  private async replayNow(
    userId: string,
    hooks: {
      onRejected?: (
        entry: OutboxEntry,
        code: string,
        error: unknown,
      ) => Promise<boolean>;
    },
  ): Promise<ReplayReport> {
    const report: ReplayReport = {
      submitted: [],
      rejected: [],
      pending: 0,
      interruptedBy: null,
    };
    const queued = (await this.options.storage.list(userId)).filter(
      (e) => e.state === 'queued',
    );

    for (const [index, entry] of queued.entries()) {
      const attempt = await this.attempt(entry);

      if (attempt.kind === 'submitted') {
        await this.options.storage.delete(userId, entry.localId);
        report.submitted.push({ entry, result: attempt.result });
        this.notify(userId);
        continue;
      }

      const message = errorMessageOf(attempt.error);
      entry.attempts += 1;
      entry.lastError = { code: attempt.code, message };

      if (attempt.kind === 'rejected') {
        const handled = await hooks.onRejected?.(
          entry,
          attempt.code,
          attempt.error,
        );
        if (!handled) {
          entry.state = 'attention';
          await this.options.storage.put(entry);
          report.rejected.push(entry);
        }
        this.notify(userId);
        continue;
      }

      await this.options.storage.put(entry);
      this.notify(userId);
      report.interruptedBy = attempt.code;
      report.pending = queued.length - index;
      break;
    }
    return report;
  }

  /** Uploads missing materials, then submits one entry. */
  private async attempt(entry: OutboxEntry): Promise<AttemptResult> {
    try {
      for (const material of entry.materials) {
        if (material.fileId) continue;
        const uploaded = await this.options.transport.uploadMaterial({
          fileName: material.fileName,
          mimeType: material.mimeType,
          blob: material.blob,
        });
        material.fileId = uploaded.id;
        await this.options.storage.put(entry);
      }

      const result = await this.options.transport.submitApplication({
        itemId: entry.itemId,
        divisionCode: entry.divisionCode,
        formData: entry.formData,
        materials: entry.materials.map((m) => ({
          code: m.code,
          fileId: m.fileId as string,
        })),
        idempotencyKey: entry.idempotencyKey,
      });
      return { kind: 'submitted', result };
    } catch (error) {
      const code = this.options.errorCodeOf(error);
      const kind = REJECTION_CODES.has(code) ? 'rejected' : 'failed';
      return { kind, code, error };
    }
  }

  private notify(userId: string): void {
    for (const listener of this.listeners) listener(userId);
  }
}

function errorMessageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
