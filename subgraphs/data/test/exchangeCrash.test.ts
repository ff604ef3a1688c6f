import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  graphql,
  isolateDatabase,
  viewerOf,
} from '../../../tests/support/harness.js';
import {
  freePort,
  killService,
  startService,
  until,
} from '../../../tests/support/processes.js';
import { ticketLine } from './tickets.js';

/**
 * The data subgraph runs here as a real child process (its main.ts) with
 * batches of one row. The test kills it with SIGKILL while its background
 * worker is in the middle of a job, starts it again, and checks that the
 * new process's worker takes the job over once the lease ran out and
 * finishes it without duplicate rows or lines.
 */

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const ROWS = 120;
// Each test starts the child process twice, which takes seconds on a loaded machine.
const TEST_TIMEOUT_MS = 120_000;
const admin = viewerOf(['ADMIN'], {
  divisionCode: '50',
  departmentCode: 'CQ-ZWB',
});
const JOB = `id status batchesDone rowsDone fileName log { message }`;

let child: ChildProcess | undefined;
let url = '';
let env: NodeJS.ProcessEnv;
let dataDir: string;

async function startData(): Promise<void> {
  const health = url.replace(/\/graphql$/, '/health');
  child = await startService('subgraphs/data/src/main.ts', ROOT, env, health);
}

async function killData(): Promise<void> {
  await killService(child!);
  child = undefined;
}

async function job(id: string) {
  const result = await graphql(
    url,
    `query($id: ID!) { exchangeJob(id: $id) { ${JOB} } }`,
    { id },
    admin,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.exchangeJob;
}

async function rowCount(): Promise<number> {
  const result = await graphql(
    url,
    `{ dataset(id: "halls.tickets") { rowCount } }`,
    {},
    admin,
  );
  return result.data!.dataset.rowCount;
}

/**
 * Kills the process once the job has finished three batches, then restarts
 * it and waits for the job to end. The log entry of a takeover shows that
 * the job was still RUNNING when its process died.
 */
async function crashAndResume(id: string) {
  let seen = await job(id);
  await until(async () => {
    seen = await job(id);
    return seen.batchesDone >= 3;
  });
  await killData();
  expect(seen.status).toBe('RUNNING');
  expect(seen.batchesDone).toBeLessThan(ROWS);
  await startData();
  await until(async () => {
    const { status } = await job(id);
    return status === 'DONE' || status === 'FAILED';
  });
  const done = await job(id);
  expect(JSON.stringify(done.log)).toContain('the worker running it stopped');
  return done;
}

beforeAll(async () => {
  isolateDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'ykb-data-crash-'));
  const inbox = join(dataDir, 'exchange', 'inbox');
  mkdirSync(inbox, { recursive: true });
  writeFileSync(
    join(inbox, 'tickets.jsonl'),
    `${Array.from({ length: ROWS }, (_, i) => ticketLine(i + 1)).join('\n')}\n`,
  );
  const port = await freePort();
  url = `http://127.0.0.1:${port}/graphql`;
  env = {
    ...process.env,
    // main.ts listens on YKB_PORT_BASE + 7.
    YKB_PORT_BASE: String(port - 7),
    YKB_DATA_DIR: dataDir,
    YKB_EXCHANGE_BATCH_SIZE: '1',
    YKB_EXCHANGE_LEASE_MS: '1000',
    YKB_EXCHANGE_WORKER_MS: '200',
    YKB_EXCHANGE_SCHEDULE_MS: '86400000',
    YKB_OPEN_DATA_REFRESH_MS: '86400000',
  };
  await startData();
});

afterAll(async () => {
  if (child) await killData();
});

describe('exchange jobs after a crash', () => {
  it('resumes an import killed mid-way without duplicate rows', async () => {
    const before = await rowCount();
    const started = await graphql(
      url,
      `mutation { startDatasetImport(datasetId: "halls.tickets", fileName: "tickets.jsonl", idempotencyKey: "crash-import-1") { ${JOB} } }`,
      {},
      admin,
    );
    expect(started.errors).toBeUndefined();
    expect(started.data!.startDatasetImport.status).toBe('QUEUED');
    expect(started.data!.startDatasetImport.batchesDone).toBe(0);

    const done = await crashAndResume(started.data!.startDatasetImport.id);
    expect(done.status).toBe('DONE');
    expect(done.batchesDone).toBe(ROWS);
    expect(done.rowsDone).toBe(ROWS);
    expect(await rowCount()).toBe(before + ROWS);
  }, TEST_TIMEOUT_MS);

  it('resumes an export killed mid-way without duplicate lines', async () => {
    const total = await rowCount();
    const started = await graphql(
      url,
      `mutation { startDatasetExport(datasetId: "halls.tickets", idempotencyKey: "crash-export-1") { ${JOB} } }`,
      {},
      admin,
    );
    expect(started.data!.startDatasetExport.status).toBe('QUEUED');

    const done = await crashAndResume(started.data!.startDatasetExport.id);
    expect(done.status).toBe('DONE');
    expect(done.rowsDone).toBe(total);
    const keys = readFileSync(
      join(dataDir, 'exchange', 'outbox', done.fileName),
      'utf8',
    )
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { key: string }).key);
    expect(keys).toHaveLength(total);
    expect(new Set(keys).size).toBe(total);
    expect([...keys].sort()).toEqual(keys);
  }, TEST_TIMEOUT_MS);
});
