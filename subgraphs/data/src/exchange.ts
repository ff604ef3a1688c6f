import { createHash, randomUUID } from 'node:crypto';
import {
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import {
  appError,
  badInput,
  changeAtVersion,
  ErrorCode,
  hashRequest,
  insertOnce,
  isDuplicateKeyError,
  isDivisionCode,
  reusedIdempotencyKey,
  type Logger,
} from '@ykb/common';
import { presentValues, type RowAccess } from './access.js';
import { CATALOGUE, type DatasetEntry, type RowRecord } from './catalogue.js';
import type {
  CheckpointDocument,
  DataModels,
  DatasetRowDocument,
  ExchangeDirection,
  ExchangeJobDocument,
  ExchangeLogDocument,
} from './model.js';
import { requireDataset } from './sharing.js';

/**
 * The exchange (数据交换): exports and imports of one dataset as JSON Lines
 * files under `<data dir>/exchange` (exports to outbox/, imports from
 * inbox/). Starting a job only records it as QUEUED; a background worker
 * in the subgraph claims queued jobs and runs them. A job moves rows in
 * batches ordered by row key. After each batch it inserts a checkpoint under
 * the unique id `<job>:<batch>` and extends its lease, so when the process
 * running it dies, the lease runs out and a worker of any process resumes
 * the job after the last checkpoint. Repeating the batch that was in
 * progress is harmless: an export rewrites that batch's part file and an
 * import replaces rows by their key, so the result has no duplicates and no
 * gaps.
 */

export const DEFAULT_BATCH_SIZE = 100;
/** How long a worker holds a running job without finishing a batch before another worker may take it over. */
export const DEFAULT_JOB_LEASE_MS = 120_000;
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.jsonl$/;
const MAX_KEY_LENGTH = 200;
const PERIOD_MS: Record<DatasetEntry['updateFrequency'], number> = {
  REALTIME: 3_600_000,
  DAILY: 86_400_000,
  WEEKLY: 7 * 86_400_000,
  MONTHLY: 30 * 86_400_000,
};

export interface ExchangeOptions {
  now: () => Date;
  dataDir: string;
  log: Logger;
  batchSize?: number;
  /** Lease of a running job, in ms. Default: DEFAULT_JOB_LEASE_MS. */
  leaseMs?: number;
  /** Runs after each checkpoint; tests throw here to stop a job the way a crash would. */
  afterCheckpoint?: (job: ExchangeJobDocument, batch: number) => void;
}

/** Who starts a job and what the job may read. */
export interface JobStarter {
  userId: string;
  idempotencyKey: string;
  access: RowAccess;
}

export class ExchangeRunner {
  readonly batchSize: number;
  readonly leaseMs: number;
  /** Identifies this process's worker in job leases and logs. */
  readonly workerId = randomUUID();
  private draining: Promise<void> | null = null;
  private drainAgain = false;
  private stopped = false;

  constructor(
    private readonly models: DataModels,
    private readonly options: ExchangeOptions,
  ) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.leaseMs = options.leaseMs ?? DEFAULT_JOB_LEASE_MS;
  }

  get outbox(): string {
    return join(this.options.dataDir, 'exchange', 'outbox');
  }

  get inbox(): string {
    return join(this.options.dataDir, 'exchange', 'inbox');
  }

  /** Queues an export job, once per starter and key, and wakes the worker. */
  async startExport(
    entry: DatasetEntry,
    starter: JobStarter,
  ): Promise<ExchangeJobDocument> {
    const id = randomUUID();
    return this.start(
      'EXPORT',
      entry,
      `${entry.id}-${id}.jsonl`,
      starter,
      id,
    );
  }

  /** Checks a file in the inbox, then queues its import, once per starter and key, and wakes the worker. */
  async startImport(
    entry: DatasetEntry,
    fileName: string,
    starter: JobStarter,
  ): Promise<ExchangeJobDocument> {
    checkFileName(fileName);
    // Checks the whole file first, so a bad file is refused before a job exists.
    const content = await this.readInbox(fileName);
    parseRows(entry, content);
    return this.start(
      'IMPORT',
      entry,
      fileName,
      starter,
      randomUUID(),
      sha256(content),
    );
  }

  private async readInbox(fileName: string): Promise<string> {
    try {
      return await readFile(join(this.inbox, fileName), 'utf8');
    } catch {
      throw badInput(
        `File ${fileName} was not found in the exchange inbox.`,
        { field: 'fileName' },
      );
    }
  }

  private async start(
    direction: ExchangeDirection,
    entry: DatasetEntry,
    fileName: string,
    starter: JobStarter,
    id: string,
    fileDigest: string | null = null,
  ): Promise<ExchangeJobDocument> {
    const requestHash = hashRequest({
      direction,
      datasetId: entry.id,
      ...(direction === 'IMPORT' ? { fileName } : {}),
    });
    const { record, replayed } = await insertOnce(
      async () =>
        (
          await this.models.Job.create({
            _id: id,
            direction,
            datasetId: entry.id,
            fileName,
            status: 'QUEUED',
            batchSize: this.batchSize,
            rawSensitiveValues: starter.access.rawSensitiveValues,
            divisionCode: starter.access.divisionCode ?? '50',
            fileDigest,
            startedBy: starter.userId,
            startedAt: this.options.now(),
            idempotencyKey: starter.idempotencyKey,
            requestHash,
            version: 0,
          })
        ).toObject(),
      () =>
        this.models.Job.findOne({
          startedBy: starter.userId,
          idempotencyKey: starter.idempotencyKey,
        }).lean<ExchangeJobDocument>(),
    );
    if (replayed) {
      if (record.requestHash !== requestHash)
        throw reusedIdempotencyKey(starter.idempotencyKey);
      return record;
    }
    await this.record(record, 'info', `${direction} of ${entry.id} queued`);
    this.wake();
    return record;
  }

  /**
   * Queues a FAILED job again; the worker continues it after its last
   * checkpoint. A QUEUED or RUNNING job is returned as it is: the worker
   * holding it, or the next one once its lease ran out, continues it.
   */
  async resume(job: ExchangeJobDocument): Promise<ExchangeJobDocument> {
    if (job.status === 'DONE')
      throw appError(
        ErrorCode.InvalidState,
        `Exchange job ${job._id} is already done.`,
      );
    if (job.status !== 'FAILED') return job;
    const changed = await this.setStatus(job, { status: 'QUEUED' });
    if (!changed)
      throw appError(
        ErrorCode.Conflict,
        `Exchange job ${job._id} was resumed at the same time.`,
      );
    await this.record(changed, 'info', 'queued again to resume after the last checkpoint');
    this.wake();
    return changed;
  }

  /** Starts draining the queue in the background unless a drain is under way; errors go to the log. */
  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.draining = (async () => {
      try {
        do {
          this.drainAgain = false;
          while (!this.stopped && (await this.runNext()));
        } while (this.drainAgain && !this.stopped);
      } catch (err) {
        this.options.log.error({ err }, 'exchange worker failed');
      } finally {
        this.draining = null;
      }
    })();
  }

  /** Runs queued jobs, and running jobs whose lease ran out, until none is left. */
  async drain(): Promise<void> {
    this.wake();
    while (this.draining) await this.draining;
  }

  /** Stops taking jobs and waits for the job in hand to end its current run. */
  async stop(): Promise<void> {
    this.stopped = true;
    while (this.draining) await this.draining;
  }

  /**
   * Claims one job, QUEUED or RUNNING with an expired lease, and runs it.
   * The claim is a version-guarded change, so of two workers that find the
   * same job only one runs it. Returns false when no job was found.
   */
  private async runNext(): Promise<boolean> {
    const now = this.options.now();
    const candidates = await this.models.Job.find({
      $or: [
        { status: 'QUEUED' },
        { status: 'RUNNING', leaseUntil: { $lt: now } },
        { status: 'RUNNING', leaseUntil: null },
      ],
    })
      .sort({ startedAt: 1, _id: 1 })
      .limit(10)
      .lean<ExchangeJobDocument[]>();
    if (candidates.length === 0) return false;
    for (const candidate of candidates) {
      const claimed = await changeAtVersion<ExchangeJobDocument>(
        this.models.Job,
        candidate._id,
        candidate.version,
        {
          set: {
            status: 'RUNNING',
            worker: this.workerId,
            leaseUntil: new Date(now.getTime() + this.leaseMs),
          },
        },
        { log: this.options.log },
      );
      if (!claimed) continue;
      await this.record(
        claimed,
        'info',
        candidate.status === 'RUNNING'
          ? 'resumed after the last checkpoint: the worker running it stopped'
          : (await this.models.Checkpoint.exists({ jobId: candidate._id }))
            ? 'resumed after the last checkpoint'
            : 'started',
      );
      await this.run(claimed);
      return true;
    }
    // Every candidate was claimed by another worker meanwhile; look again.
    return true;
  }

  /** Runs batches from the last checkpoint; a failure marks the job FAILED and is logged, not raised. */
  private async run(job: ExchangeJobDocument): Promise<ExchangeJobDocument> {
    const entry = requireDataset(job.datasetId);
    try {
      const last = await this.models.Checkpoint.findOne({ jobId: job._id })
        .sort({ batch: -1 })
        .lean<CheckpointDocument>();
      if (job.direction === 'EXPORT') await this.runExport(job, entry, last);
      else await this.runImport(job, entry, last);
      const done = await this.setStatus(job, {
        status: 'DONE',
        finishedAt: this.options.now(),
        leaseUntil: null,
      });
      await this.record(job, 'info', `${job.direction} finished`);
      return done ?? job;
    } catch (error) {
      this.options.log.error(
        { err: error, jobId: job._id, datasetId: job.datasetId },
        'exchange job failed',
      );
      await this.record(
        job,
        'error',
        `failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      const failed = await this.setStatus(job, {
        status: 'FAILED',
        leaseUntil: null,
      });
      return failed ?? job;
    }
  }

  private async runExport(
    job: ExchangeJobDocument,
    entry: DatasetEntry,
    last: CheckpointDocument | null,
  ): Promise<void> {
    const partsDir = join(this.outbox, '.parts', job._id);
    await mkdir(partsDir, { recursive: true });
    let batch = last?.batch ?? 0;
    let after = last?.lastKey;
    for (;;) {
      const rows = await this.models.Row.find({
        datasetId: entry.id,
        divisionCode: { $regex: `^${job.divisionCode}` },
        ...(after !== undefined ? { key: { $gt: after } } : {}),
      })
        .sort({ key: 1 })
        .limit(job.batchSize)
        .lean<DatasetRowDocument[]>();
      if (rows.length === 0) break;
      batch += 1;
      const lines = rows.map((row) =>
        JSON.stringify({
          key: row.key,
          divisionCode: row.divisionCode,
          values: Object.fromEntries(
            presentValues(entry, row.values, job).map((v) => [
              v.field,
              v.value,
            ]),
          ),
        }),
      );
      await writeFile(
        join(partsDir, `${String(batch).padStart(6, '0')}.jsonl`),
        `${lines.join('\n')}\n`,
      );
      after = rows[rows.length - 1]!.key;
      await this.checkpoint(job, batch, rows.length, after);
      if (rows.length < job.batchSize) break;
    }
    const parts = (await readdir(partsDir)).sort();
    const contents = await Promise.all(
      parts.map((part) => readFile(join(partsDir, part), 'utf8')),
    );
    await mkdir(this.outbox, { recursive: true });
    const target = join(this.outbox, job.fileName);
    await writeFile(`${target}.tmp`, contents.join(''));
    await rename(`${target}.tmp`, target);
    await rm(partsDir, { recursive: true, force: true });
  }

  private async runImport(
    job: ExchangeJobDocument,
    entry: DatasetEntry,
    last: CheckpointDocument | null,
  ): Promise<void> {
    const content = await this.readInbox(job.fileName);
    // Checkpoints count lines of the file as it was, so a changed file cannot resume.
    if (job.fileDigest && sha256(content) !== job.fileDigest)
      throw new Error(
        `${job.fileName} changed since the job started; import the new file with a new job.`,
      );
    const records = parseRows(entry, content);
    let batch = last?.batch ?? 0;
    for (let start = batch * job.batchSize; start < records.length; ) {
      const slice = records.slice(start, start + job.batchSize);
      batch += 1;
      const now = this.options.now();
      await this.models.Row.bulkWrite(
        slice.map((record) => ({
          replaceOne: {
            filter: { _id: `${entry.id}:${record.key}` },
            replacement: {
              _id: `${entry.id}:${record.key}`,
              datasetId: entry.id,
              key: record.key,
              divisionCode: record.divisionCode,
              values: record.values,
              updatedAt: now,
            },
            upsert: true,
          },
        })),
        { ordered: true },
      );
      start += slice.length;
      await this.checkpoint(job, batch, slice.length, String(start));
    }
  }

  private async checkpoint(
    job: ExchangeJobDocument,
    batch: number,
    rows: number,
    lastKey: string,
  ): Promise<void> {
    try {
      await this.models.Checkpoint.create({
        _id: `${job._id}:${batch}`,
        jobId: job._id,
        batch,
        rows,
        lastKey,
        at: this.options.now(),
      });
    } catch (error) {
      // Another worker resumed the same job and finished this batch first.
      if (!isDuplicateKeyError(error)) throw error;
    }
    await this.record(job, 'info', `batch of ${rows} rows done`, batch);
    await this.setStatus(job, {
      leaseUntil: new Date(this.options.now().getTime() + this.leaseMs),
    });
    this.options.afterCheckpoint?.(job, batch);
  }

  private async setStatus(
    job: ExchangeJobDocument,
    set: Partial<ExchangeJobDocument>,
  ): Promise<ExchangeJobDocument | null> {
    const current = await this.models.Job.findById(job._id, {
      version: 1,
    }).lean<Pick<ExchangeJobDocument, 'version'>>();
    if (!current) return null;
    return changeAtVersion<ExchangeJobDocument>(
      this.models.Job,
      job._id,
      current.version,
      { set },
      { log: this.options.log },
    );
  }

  private async record(
    job: ExchangeJobDocument,
    level: ExchangeLogDocument['level'],
    message: string,
    batch?: number,
  ): Promise<void> {
    // Failures reach pino once, with the error, from run().
    if (level !== 'error')
      this.options.log[level](
        { jobId: job._id, datasetId: job.datasetId, batch },
        `exchange: ${message}`,
      );
    await this.models.ExchangeLog.create({
      jobId: job._id,
      at: this.options.now(),
      level,
      message,
      batch: batch ?? null,
    });
  }

  /**
   * One scheduled run: queues failed scheduled jobs again, queues imports
   * of inbox files named `<dataset id>--<name>.jsonl` not imported before
   * with the same content and an export of each dataset once per period of
   * its update frequency, then drains the queue. Jobs stopped by a crash
   * are resumed by the drain once their lease ran out. Scheduled exports are
   * desensitised.
   */
  async runSchedule(): Promise<void> {
    const failed = await this.models.Job.find({
      status: 'FAILED',
      startedBy: 'schedule',
    }).lean<ExchangeJobDocument[]>();
    for (const job of failed) await this.resume(job);

    await mkdir(this.inbox, { recursive: true });
    for (const fileName of (await readdir(this.inbox)).sort()) {
      const entry = CATALOGUE.find((e) => fileName.startsWith(`${e.id}--`));
      if (!entry || !FILE_NAME.test(fileName)) continue;
      const content = await readFile(join(this.inbox, fileName));
      const digest = createHash('sha256')
        .update(fileName)
        .update(content)
        .digest('hex')
        .slice(0, 40);
      await this.startImport(entry, fileName, {
        userId: 'schedule',
        idempotencyKey: `import-${digest}`,
        access: { rawSensitiveValues: true },
      });
    }

    const now = this.options.now().getTime();
    for (const entry of CATALOGUE) {
      const period = Math.floor(now / PERIOD_MS[entry.updateFrequency]);
      await this.startExport(entry, {
        userId: 'schedule',
        idempotencyKey: `export-${entry.id.replace('.', '-')}-${period}`,
        access: { rawSensitiveValues: false },
      });
    }
    await this.drain();
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function checkFileName(fileName: string): void {
  if (!FILE_NAME.test(fileName) || fileName.includes('..'))
    throw badInput(
      'fileName must be a .jsonl file name of letters, digits, ., - or _ inside the exchange inbox.',
      { field: 'fileName' },
    );
}

/**
 * Parses and checks a whole JSON Lines file before any row is written:
 * each line is `{ key, divisionCode, values }` with values of the
 * dataset's fields only, as strings or null. Keys must be unique.
 */
export function parseRows(entry: DatasetEntry, text: string): RowRecord[] {
  const fields = new Set(entry.fields.map((f) => f.name));
  const seen = new Set<string>();
  const records: RowRecord[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `line ${index + 1}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw badInput(`${where} is not valid JSON.`, { field: 'fileName' });
    }
    const record = parsed as Partial<RowRecord> | null;
    if (
      !record ||
      typeof record.key !== 'string' ||
      record.key.length < 1 ||
      record.key.length > MAX_KEY_LENGTH
    )
      throw badInput(`${where}: key must be a string of 1 to ${MAX_KEY_LENGTH} characters.`, {
        field: 'fileName',
      });
    if (!isDivisionCode(record.divisionCode))
      throw badInput(`${where}: divisionCode must be a division code.`, {
        field: 'fileName',
      });
    if (!record.values || typeof record.values !== 'object')
      throw badInput(`${where}: values must be an object.`, {
        field: 'fileName',
      });
    for (const [name, value] of Object.entries(record.values)) {
      if (!fields.has(name))
        throw badInput(`${where}: ${name} is not a field of ${entry.id}.`, {
          field: 'fileName',
        });
      if (value !== null && typeof value !== 'string')
        throw badInput(`${where}: ${name} must be a string or null.`, {
          field: 'fileName',
        });
    }
    if (seen.has(record.key))
      throw badInput(`${where}: key ${record.key} appears twice.`, {
        field: 'fileName',
      });
    seen.add(record.key);
    records.push({
      key: record.key,
      divisionCode: record.divisionCode,
      values: record.values,
    });
  });
  return records;
}
