// The outbox of work done on the device. Applications filed offline and
// acceptance decisions are stored here at once and replayed in the order
// they were made, one replay at a time per user. Each replay sends the
// idempotency key generated when the record was made, so the server returns
// the first result after a lost response instead of creating a second case.
//
// Every record is in one of four states:
// - pending: waiting to be sent; replayed automatically.
// - synced: the server accepted it; the record keeps the server's case
//   number next to the provisional id the clerk wrote down.
// - conflict: the server found that the record clashes with something that
//   happened meanwhile (the case was decided by someone else, or another
//   service point filed the same application). It is never replayed
//   automatically and never overwritten: the clerk decides.
// - failed: the server refused the record itself (bad form data, a missing
//   material, an unknown applicant). It waits for the clerk to retry or
//   discard it.
//
// This module imports no Vue, Apollo or IndexedDB code: storage, transport
// and error classification are injected.
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
  /** The file; null once the record is synced and the copy was dropped. */
  blob: Blob | null;
  /** Server file id once the upload succeeded; reused by later retries. */
  fileId: string | null;
}

/** An application as the form produces it. */
export interface ApplicationDraft {
  itemId: string;
  /** Item name shown in the outbox list while no case exists. */
  itemName: string;
  /** English item name shown in English mode; absent or null when the item has none. */
  itemNameEn?: string | null;
  divisionCode: string;
  formData: FormValues;
  materials: { code: string; fileName: string; mimeType: string; blob: Blob }[];
  /**
   * Materials replaced by an electronic licence of the applicant (免提交),
   * sent with the applicant's consent to fetch it. Absent on drafts stored
   * before licences could replace uploads.
   */
  licenceMaterials?: { code: string; licenceId: string }[];
  /** Generated once when the draft is first submitted, never regenerated. */
  idempotencyKey: string;
  /**
   * ID-card number of the applicant a clerk files for. The applicant's user
   * id is looked up at sync, because a clerk offline cannot look it up.
   * Null or absent when users apply for themselves.
   */
  applicantIdCard?: string | null;
}

/** An acceptance decision a clerk made on a case, possibly offline. */
export interface AcceptanceDraft {
  caseId: string;
  caseNumber: string;
  /** Item name of the case, shown in the outbox list. */
  itemName: string;
  /** English item name of the case; absent or null when the case has none. */
  itemNameEn?: string | null;
  /** The case version the clerk saw when deciding. */
  expectedVersion: number;
  idempotencyKey: string;
}

export type OutboxEntryState = 'pending' | 'synced' | 'conflict' | 'failed';

/** Why the server refused a record, as stored with it. */
export interface OutboxError {
  /** GraphQL `extensions.code`, or `NETWORK`. */
  code: string;
  message: string;
  /** Extensions of the error that explain a conflict, such as `status`. */
  details?: Record<string, unknown>;
}

interface OutboxEntryBase {
  /** Provisional local id shown in place of a case number. */
  localId: string;
  /**
   * Storage partition: the id of the user who made the record, or for an
   * acting session the agent's id and the legal person's id joined by `@`.
   */
  createdBy: string;
  /** Name of that user, kept so the record always names its clerk. */
  createdByName: string;
  /** Creation instant, ISO 8601 UTC. */
  createdAt: string;
  /** Replay order within the partition: strictly increasing. */
  sequence: number;
  state: OutboxEntryState;
  idempotencyKey: string;
  /** Item name shown in the outbox list. */
  itemName: string;
  /** English item name shown in English mode; absent on records stored before it was kept. */
  itemNameEn?: string | null;
  /** Number of replay attempts that failed. */
  attempts: number;
  /** The last failure; kept after a later success for the record's history. */
  lastError: OutboxError | null;
  /** The server's answer once synced. */
  result: SubmittedCase | null;
  /** When the server accepted the record, ISO 8601 UTC. */
  syncedAt: string | null;
}

/** A stored application. */
export interface ApplicationEntry
  extends
    OutboxEntryBase,
    Omit<ApplicationDraft, 'materials' | 'applicantIdCard'> {
  kind: 'application';
  applicantIdCard: string | null;
  materials: OutboxMaterial[];
  /** Set by the clerk after reviewing a duplicate found at sync. */
  allowDuplicate: boolean;
}

/** A stored acceptance decision. */
export interface AcceptanceEntry
  extends
    OutboxEntryBase,
    Omit<AcceptanceDraft, 'itemName' | 'itemNameEn' | 'idempotencyKey'> {
  kind: 'acceptance';
}

export type OutboxEntry = ApplicationEntry | AcceptanceEntry;

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
  /** Returns the user id registered with an ID-card number, or null. */
  findApplicant?(idCardNumber: string): Promise<string | null>;
  submitApplication(input: {
    itemId: string;
    divisionCode: string;
    formData: FormValues;
    materials: (
      | { code: string; fileId: string }
      | { code: string; licenceId: string; consent: true }
    )[];
    idempotencyKey: string;
    applicantUserId?: string;
    allowDuplicate?: boolean;
  }): Promise<SubmittedCase>;
  acceptCase?(input: { id: string; version: number }): Promise<SubmittedCase>;
}

/** Code used for failures that carry no GraphQL `extensions.code`. */
export const NETWORK_ERROR_CODE = 'NETWORK';

/**
 * Code the outbox records when the user whose entries a replay sends is no
 * longer the one signed in on the device. The entry stays pending for that
 * user's next sign-in.
 */
export const SIGNED_OUT_CODE = 'SIGNED_OUT';

/** Code the outbox records when no user is registered with the applicant's ID-card number. */
export const APPLICANT_NOT_FOUND_CODE = 'APPLICANT_NOT_FOUND';

/**
 * Codes that mean the record clashes with what happened on the server while
 * the device was offline. Such a record becomes a conflict for the clerk to
 * resolve; it is never replayed on its own.
 */
export const CONFLICT_CODES: ReadonlySet<string> = new Set([
  'CONFLICT',
  'DUPLICATE_APPLICATION',
]);

/**
 * Further codes that turn an acceptance decision into a conflict: the case
 * left the state in which the clerk decided on it.
 */
const ACCEPTANCE_CONFLICT_CODES: ReadonlySet<string> = new Set([
  'INVALID_STATE',
]);

/**
 * Codes that mean the server examined the record and refused it. Replaying
 * it would fail the same way, so it becomes `failed`. Every other failure
 * (network, UNAUTHENTICATED after an expired session, INTERNAL_SERVER_ERROR,
 * UPSTREAM_FAILED) keeps it pending.
 */
export const REJECTION_CODES: ReadonlySet<string> = new Set([
  'NOT_FOUND',
  'INVALID_FORM_DATA',
  'MISSING_MATERIAL',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'INVALID_STATE',
  'INVALID_ID_CARD',
  'PAYLOAD_TOO_LARGE',
  APPLICANT_NOT_FOUND_CODE,
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

/** A failure the outbox raises itself, with a code like a server error. */
export class LocalOutboxError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'OutboxError';
  }
}

export interface OutboxOptions {
  storage: OutboxStorage;
  transport: OutboxTransport;
  /** Returns the GraphQL `extensions.code` of a failure, or `NETWORK`. */
  errorCodeOf: (error: unknown) => string;
  /** Returns the extensions of a failure that explain it; none by default. */
  errorDetailsOf?: (error: unknown) => Record<string, unknown> | undefined;
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
  /**
   * Returns the partition of the session signed in on the device, whose
   * token the transport sends: the user id, or the user id and the legal
   * person an agent acts for. A replay checks it before each request and
   * stops once another session is signed in, so the rest of the first
   * session's records are not filed under another account. Without it,
   * nothing is checked.
   */
  signedInUserId?: () => string | null;
}

/** Result of one replay run over a user's pending entries. */
export interface ReplayReport {
  submitted: { entry: OutboxEntry; result: SubmittedCase }[];
  /** Entries that became `failed` during this run. */
  rejected: OutboxEntry[];
  /** Entries that became `conflict` during this run. */
  conflicts: OutboxEntry[];
  /** Entries still pending after the run. */
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
  | {
      kind: 'rejected' | 'conflict' | 'failed';
      code: string;
      error: unknown;
    };

/** Builds a stored entry from the fields every entry shares. */
type EntryBuilder = (
  base: Omit<OutboxEntryBase, 'itemName'> & { itemName: string },
) => OutboxEntry;

type RejectionHook = (
  entry: OutboxEntry,
  code: string,
  error: unknown,
) => Promise<boolean>;

/** Who makes a record: the signed-in user's id and name. */
export interface OutboxUser {
  id: string;
  name: string;
}

export class Outbox {
  private readonly options: Required<
    Omit<OutboxOptions, 'withLock' | 'errorDetailsOf' | 'signedInUserId'>
  > &
    Pick<OutboxOptions, 'withLock' | 'errorDetailsOf' | 'signedInUserId'>;
  /** Per-user promise chain that serialises replays inside this tab. */
  private readonly replayChains = new Map<string, Promise<unknown>>();
  private readonly listeners = new Set<(userId: string) => void>();
  private lastSequence = 0;
  // Stores run one at a time, so two quick submits of one draft (a double
  // click) find each other's entry by idempotency key instead of both adding one.
  private storing: Promise<unknown> = Promise.resolve();
  /**
   * Rejections of fresh submits by local id. The submit whose replay sent
   * the entry deletes it, so a concurrent submit of the same draft finds
   * the rejection here instead of reporting a deleted entry as queued.
   */
  private readonly submitRejections = new Map<
    string,
    ApplicationRejectedError
  >();

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

  /** Stores an application as a pending entry without contacting the server. */
  async enqueue(
    user: OutboxUser,
    draft: ApplicationDraft,
  ): Promise<OutboxEntry> {
    return this.store(user, draft.idempotencyKey, (base) => ({
      ...base,
      kind: 'application',
      itemId: draft.itemId,
      itemName: draft.itemName,
      itemNameEn: draft.itemNameEn ?? null,
      divisionCode: draft.divisionCode,
      formData: { ...draft.formData },
      materials: draft.materials.map((m) => ({ ...m, fileId: null })),
      licenceMaterials: (draft.licenceMaterials ?? []).map((m) => ({ ...m })),
      applicantIdCard: draft.applicantIdCard ?? null,
      allowDuplicate: false,
    }));
  }

  /** Stores an acceptance decision as a pending entry. */
  async enqueueAcceptance(
    user: OutboxUser,
    draft: AcceptanceDraft,
  ): Promise<OutboxEntry> {
    return this.store(user, draft.idempotencyKey, (base) => ({
      ...base,
      kind: 'acceptance',
      itemName: draft.itemName,
      itemNameEn: draft.itemNameEn ?? null,
      caseId: draft.caseId,
      caseNumber: draft.caseNumber,
      expectedVersion: draft.expectedVersion,
    }));
  }

  private store(
    user: OutboxUser,
    idempotencyKey: string,
    build: EntryBuilder,
  ): Promise<OutboxEntry> {
    const stored = this.storing.then(() =>
      this.storeNow(user, idempotencyKey, build),
    );
    this.storing = stored.catch(() => undefined);
    return stored;
  }

  private async storeNow(
    user: OutboxUser,
    idempotencyKey: string,
    build: EntryBuilder,
  ): Promise<OutboxEntry> {
    const { id: userId, name } = user;
    const existing = await this.options.storage.list(userId);
    const duplicate = existing.find((e) => e.idempotencyKey === idempotencyKey);
    if (duplicate) return duplicate;

    const now = this.options.now();
    const highest = existing.reduce((max, e) => Math.max(max, e.sequence), 0);
    const sequence = Math.max(
      now.getTime(),
      highest + 1,
      this.lastSequence + 1,
    );
    this.lastSequence = sequence;

    const entry = build({
      localId: `L-${sequence.toString(36).toUpperCase()}-${this.options.randomId()}`,
      createdBy: userId,
      createdByName: name,
      createdAt: now.toISOString(),
      sequence,
      state: 'pending',
      idempotencyKey,
      itemName: '',
      attempts: 0,
      lastError: null,
      result: null,
      syncedAt: null,
    });
    await this.options.storage.put(entry);
    this.notify(userId);
    return entry;
  }

  /**
   * Submits a fresh application. The draft is stored before any request, so
   * closing the tab mid-request does not lose it. Then the user's queue is
   * replayed in order. The outcome is `submitted` with the case, or `queued`
   * when the server could not be reached or found a conflict. A refusal of
   * this draft removes it from the store and throws
   * `ApplicationRejectedError`, because the form still shows the draft for
   * editing.
   */
  async submit(
    user: OutboxUser,
    draft: ApplicationDraft,
  ): Promise<SubmitOutcome> {
    const userId = user.id;
    const entry = await this.enqueue(user, draft);
    if (!this.options.isOnline()) return { kind: 'queued', entry };

    let rejection: ApplicationRejectedError | null = null;
    const report = await this.replay(userId, {
      onRejected: async (rejected, code, error) => {
        if (rejected.localId !== entry.localId) return false;
        await this.options.storage.delete(userId, rejected.localId);
        rejection = new ApplicationRejectedError(code, error);
        this.submitRejections.set(rejected.localId, rejection);
        return true;
      },
    });
    if (rejection) throw rejection;

    const done = report.submitted.find(
      (s) => s.entry.localId === entry.localId,
    );
    if (done) return { kind: 'submitted', result: done.result };
    // An entry a concurrent replay already sent, such as the first of a double submit.
    const stored = await this.find(userId, entry.localId);
    const earlierRejection = this.submitRejections.get(entry.localId);
    if (!stored && earlierRejection) throw earlierRejection;
    if (stored?.state === 'synced' && stored.result)
      return { kind: 'submitted', result: stored.result };
    return { kind: 'queued', entry: stored ?? entry };
  }

  /**
   * Replays the user's pending entries oldest first. An application uploads
   * its materials that have no file id yet, then submits with its stored
   * idempotency key. A refusal or a conflict settles that entry and the run
   * continues. Any other failure keeps the entry pending and stops the run,
   * so a later entry never overtakes an earlier one.
   */
  replay(
    userId: string,
    hooks: { onRejected?: RejectionHook } = {},
  ): Promise<ReplayReport> {
    const previous = this.replayChains.get(userId) ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(() => this.runLocked(userId, () => this.replayNow(userId, hooks)));
    this.replayChains.set(userId, run);
    return run;
  }

  /**
   * Moves a failed entry back to pending; the idempotency key stays.
   * Conflicts are not retried this way: see `fileAnyway` and `discard`.
   */
  async retry(userId: string, localId: string): Promise<void> {
    const entry = await this.find(userId, localId);
    if (!entry || entry.state !== 'failed') return;

    // A refused upload id may point at a file the server discarded, so
    // retried applications upload their materials again.
    if (entry.kind === 'application')
      entry.materials = entry.materials.map((m) => ({ ...m, fileId: null }));
    entry.state = 'pending';
    await this.options.storage.put(entry);
    this.notify(userId);
  }

  /**
   * Resolves a duplicate found at sync in favour of filing: the clerk
   * checked that the application is not the same as the one on the server.
   * The entry becomes pending again and is sent with `allowDuplicate`.
   */
  async fileAnyway(userId: string, localId: string): Promise<void> {
    const entry = await this.find(userId, localId);
    if (
      entry?.kind !== 'application' ||
      entry.state !== 'conflict' ||
      entry.lastError?.code !== 'DUPLICATE_APPLICATION'
    )
      return;
    entry.allowDuplicate = true;
    entry.state = 'pending';
    await this.options.storage.put(entry);
    this.notify(userId);
  }

  /** Deletes an entry in any state at the user's request. */
  async discard(userId: string, localId: string): Promise<void> {
    await this.options.storage.delete(userId, localId);
    this.notify(userId);
  }

  /**
   * Deletes synced entries older than `maxAgeMs`, keeping recent ones so
   * the clerk can match provisional ids to case numbers.
   */
  async pruneSynced(userId: string, maxAgeMs: number): Promise<number> {
    const cutoff = this.options.now().getTime() - maxAgeMs;
    const old = (await this.options.storage.list(userId)).filter(
      (e) =>
        e.state === 'synced' &&
        e.syncedAt !== null &&
        Date.parse(e.syncedAt) < cutoff,
    );
    for (const entry of old)
      await this.options.storage.delete(userId, entry.localId);
    if (old.length > 0) this.notify(userId);
    return old.length;
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
    hooks: { onRejected?: RejectionHook },
  ): Promise<ReplayReport> {
    const report: ReplayReport = {
      submitted: [],
      rejected: [],
      conflicts: [],
      pending: 0,
      interruptedBy: null,
    };
    // Read under the lock: another tab may have synced entries meanwhile.
    const pending = (await this.options.storage.list(userId)).filter(
      (e) => e.state === 'pending',
    );

    for (const [index, entry] of pending.entries()) {
      const attempt = await this.attempt(userId, entry);

      if (attempt.kind === 'submitted') {
        entry.state = 'synced';
        entry.result = attempt.result;
        entry.syncedAt = this.options.now().toISOString();
        // The server keeps the files now; the device drops its copies.
        if (entry.kind === 'application')
          entry.materials = entry.materials.map((m) => ({ ...m, blob: null }));
        await this.options.storage.put(entry);
        report.submitted.push({ entry, result: attempt.result });
        this.notify(userId);
        continue;
      }

      entry.attempts += 1;
      entry.lastError = {
        code: attempt.code,
        message: errorMessageOf(attempt.error),
        ...(attempt.kind === 'conflict'
          ? { details: this.options.errorDetailsOf?.(attempt.error) ?? {} }
          : {}),
      };

      if (attempt.kind === 'conflict') {
        entry.state = 'conflict';
        await this.options.storage.put(entry);
        report.conflicts.push(entry);
        this.notify(userId);
        continue;
      }

      if (attempt.kind === 'rejected') {
        const handled = await hooks.onRejected?.(
          entry,
          attempt.code,
          attempt.error,
        );
        if (!handled) {
          entry.state = 'failed';
          await this.options.storage.put(entry);
          report.rejected.push(entry);
        }
        this.notify(userId);
        continue;
      }

      await this.options.storage.put(entry);
      this.notify(userId);
      report.interruptedBy = attempt.code;
      report.pending = pending.length - index;
      break;
    }
    return report;
  }

  /** Sends one entry: uploads and submission, or the acceptance. */
  private async attempt(
    userId: string,
    entry: OutboxEntry,
  ): Promise<AttemptResult> {
    try {
      const result =
        entry.kind === 'application'
          ? await this.sendApplication(userId, entry)
          : await this.sendAcceptance(userId, entry);
      return { kind: 'submitted', result };
    } catch (error) {
      const code = this.options.errorCodeOf(error);
      const conflict =
        CONFLICT_CODES.has(code) ||
        (entry.kind === 'acceptance' && ACCEPTANCE_CONFLICT_CODES.has(code));
      const kind = conflict
        ? 'conflict'
        : REJECTION_CODES.has(code)
          ? 'rejected'
          : 'failed';
      return { kind, code, error };
    }
  }

  /**
   * Throws SIGNED_OUT unless `userId` is the user signed in on the device.
   * It runs before each transport call, because the transport sends the
   * token of whoever is signed in when the request leaves.
   * NOTE: a sign-in that lands inside one transport call, such as while the
   * Apollo transport encodes a material in base64, is not caught.
   */
  private requireSignedIn(userId: string): void {
    const signedIn = this.options.signedInUserId;
    if (!signedIn || signedIn() === userId) return;
    throw new LocalOutboxError(
      SIGNED_OUT_CODE,
      'The user who saved this record signed out, so it is sent after that user signs in again.',
    );
  }

  private async sendApplication(
    userId: string,
    entry: ApplicationEntry,
  ): Promise<SubmittedCase> {
    const { transport } = this.options;
    let applicantUserId: string | undefined;
    if (entry.applicantIdCard) {
      if (!transport.findApplicant)
        throw new Error('The transport cannot look up applicants.');
      this.requireSignedIn(userId);
      const found = await transport.findApplicant(entry.applicantIdCard);
      if (!found)
        throw new LocalOutboxError(
          APPLICANT_NOT_FOUND_CODE,
          'Nobody in your jurisdiction is registered with this ID-card number.',
        );
      applicantUserId = found;
    }

    for (const material of entry.materials) {
      if (material.fileId) continue;
      if (!material.blob)
        throw new LocalOutboxError(
          'MISSING_MATERIAL',
          `The file of material ${material.code} is no longer on this device.`,
        );
      this.requireSignedIn(userId);
      const uploaded = await transport.uploadMaterial({
        fileName: material.fileName,
        mimeType: material.mimeType,
        blob: material.blob,
      });
      material.fileId = uploaded.id;
      await this.options.storage.put(entry);
    }

    this.requireSignedIn(userId);
    return transport.submitApplication({
      itemId: entry.itemId,
      divisionCode: entry.divisionCode,
      formData: entry.formData,
      materials: [
        ...entry.materials.map((m) => ({
          code: m.code,
          fileId: m.fileId as string,
        })),
        ...(entry.licenceMaterials ?? []).map((m) => ({
          code: m.code,
          licenceId: m.licenceId,
          consent: true as const,
        })),
      ],
      idempotencyKey: entry.idempotencyKey,
      ...(applicantUserId ? { applicantUserId } : {}),
      ...(entry.allowDuplicate ? { allowDuplicate: true } : {}),
    });
  }

  private async sendAcceptance(
    userId: string,
    entry: AcceptanceEntry,
  ): Promise<SubmittedCase> {
    if (!this.options.transport.acceptCase)
      throw new Error('The transport cannot send acceptance decisions.');
    this.requireSignedIn(userId);
    return this.options.transport.acceptCase({
      id: entry.caseId,
      version: entry.expectedVersion,
    });
  }

  private notify(userId: string): void {
    for (const listener of this.listeners) listener(userId);
  }
}

function errorMessageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
