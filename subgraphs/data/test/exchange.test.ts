import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSubgraph } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { createDataSubgraph } from '../src/index.js';
import { settledJob } from './jobs.js';
import { ticketLine } from './tickets.js';

// Batches of 3 rows; `stopAt` makes the checkpoint hook throw once after
// that batch, the way a crash would stop the job between batches.

let subgraph: RunningSubgraph;
let dataDir: string;
let stopAt: number | null = null;
const admin = viewerOf(['ADMIN'], {
  divisionCode: '50',
  departmentCode: 'CQ-ZWB',
});
const analyst = viewerOf(['ANALYST'], { divisionCode: '50' });

const JOB = `id status batchesDone rowsDone fileName log { level message batch }`;
const IMPORT = `mutation($d: ID!, $f: String!, $k: String!) { startDatasetImport(datasetId: $d, fileName: $f, idempotencyKey: $k) { ${JOB} } }`;
const EXPORT = `mutation($d: ID!, $k: String!) { startDatasetExport(datasetId: $d, idempotencyKey: $k) { ${JOB} } }`;
const RESUME = `mutation($id: ID!) { resumeExchangeJob(id: $id) { ${JOB} } }`;
const STATUS = `query($id: ID!) { exchangeJob(id: $id) { ${JOB} } }`;

function settled(id: string) {
  return settledJob(subgraph.url, id, admin, JOB);
}

function writeInbox(name: string, lines: string[]) {
  const inbox = join(dataDir, 'exchange', 'inbox');
  mkdirSync(inbox, { recursive: true });
  writeFileSync(join(inbox, name), `${lines.join('\n')}\n`);
}

beforeAll(async () => {
  isolateDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'ykb-data-'));
  subgraph = await startTestSubgraph(
    createDataSubgraph({
      dataDir,
      batchSize: 3,
      openDataRefreshMs: 0,
      exchangeScheduleMs: 0,
      afterCheckpoint: (_job, batch) => {
        if (batch === stopAt) {
          stopAt = null;
          throw new Error(`stopped after batch ${batch}`);
        }
      },
    }),
  );
});

afterAll(async () => {
  await subgraph?.close();
});

describe('exchange', () => {
  it('resumes a stopped import without duplicates or gaps', async () => {
    writeInbox(
      'halls.tickets--april.jsonl',
      Array.from({ length: 10 }, (_, i) => ticketLine(i + 1)),
    );
    stopAt = 2;
    const started = await graphql(
      subgraph.url,
      IMPORT,
      { d: 'halls.tickets', f: 'halls.tickets--april.jsonl', k: 'import-april-1' },
      admin,
    );
    expect(started.errors).toBeUndefined();
    const queued = started.data!.startDatasetImport;
    expect(queued.status).toBe('QUEUED');
    expect(queued.batchesDone).toBe(0);
    const job = await settled(queued.id);
    expect(job.status).toBe('FAILED');
    expect(job.batchesDone).toBe(2);
    expect(job.log.map((e: { level: string }) => e.level)).toContain('error');

    const resumed = await graphql(subgraph.url, RESUME, { id: job.id }, admin);
    expect(resumed.errors).toBeUndefined();
    expect(resumed.data!.resumeExchangeJob.status).toBe('QUEUED');
    const done = await settled(job.id);
    expect(done.status).toBe('DONE');
    expect(done.batchesDone).toBe(4);
    expect(done.rowsDone).toBe(10);

    const rows = await graphql(
      subgraph.url,
      `{ datasetRows(datasetId: "halls.tickets", first: 200) { rows { key } } }`,
      {},
      admin,
    );
    const keys: string[] = rows.data!.datasetRows.rows.map(
      (r: { key: string }) => r.key,
    );
    const imported = keys.filter((k) => k.includes(':B'));
    expect(imported).toHaveLength(10);
    expect(new Set(imported).size).toBe(10);
  });

  it('resumes a stopped export without duplicates or gaps', async () => {
    stopAt = 1;
    const started = await graphql(
      subgraph.url,
      EXPORT,
      { d: 'halls.tickets', k: 'export-tickets-1' },
      admin,
    );
    const job = await settled(started.data!.startDatasetExport.id);
    expect(job.status).toBe('FAILED');
    expect(job.batchesDone).toBe(1);

    await graphql(subgraph.url, RESUME, { id: job.id }, admin);
    const done = await settled(job.id);
    expect(done.status).toBe('DONE');
    expect(done.rowsDone).toBe(11);
    const lines = readFileSync(
      join(dataDir, 'exchange', 'outbox', done.fileName),
      'utf8',
    )
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { key: string });
    const keys = lines.map((line) => line.key);
    expect(keys).toHaveLength(11);
    expect(new Set(keys).size).toBe(11);
    expect([...keys].sort()).toEqual(keys);
  });

  it('refuses to resume with a changed file', async () => {
    const lines = Array.from({ length: 6 }, (_, i) => ticketLine(i + 20));
    writeInbox('halls.tickets--changed.jsonl', lines);
    stopAt = 1;
    const started = await graphql(
      subgraph.url,
      IMPORT,
      { d: 'halls.tickets', f: 'halls.tickets--changed.jsonl', k: 'import-changed-1' },
      admin,
    );
    const job = await settled(started.data!.startDatasetImport.id);
    expect(job.status).toBe('FAILED');
    writeInbox('halls.tickets--changed.jsonl', lines.slice(1));
    await graphql(subgraph.url, RESUME, { id: job.id }, admin);
    const after = await settled(job.id);
    expect(after.status).toBe('FAILED');
    expect(after.batchesDone).toBe(1);
    expect(JSON.stringify(after.log)).toContain('changed since the job started');
  });

  it('refuses to resume a finished job', async () => {
    const done = await graphql(
      subgraph.url,
      EXPORT,
      { d: 'items.catalogue', k: 'export-items-1' },
      admin,
    );
    const finished = await settled(done.data!.startDatasetExport.id);
    expect(finished.status).toBe('DONE');
    const again = await graphql(subgraph.url, RESUME, { id: finished.id }, admin);
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });

  it('refuses a bad file before any row is written', async () => {
    writeInbox('halls.tickets--bad.jsonl', [
      ticketLine(50),
      JSON.stringify({ key: 'x', divisionCode: '500238', values: { secret: '1' } }),
    ]);
    const result = await graphql(
      subgraph.url,
      IMPORT,
      { d: 'halls.tickets', f: 'halls.tickets--bad.jsonl', k: 'import-bad-1' },
      admin,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('line 2');
    const rows = await graphql(
      subgraph.url,
      `{ datasetRows(datasetId: "halls.tickets", first: 200) { rows { key } } }`,
      {},
      admin,
    );
    expect(JSON.stringify(rows.data)).not.toContain('B050');
  });

  it('checks file names and who imports', async () => {
    const traversal = await graphql(
      subgraph.url,
      IMPORT,
      { d: 'halls.tickets', f: '../secrets.jsonl', k: 'import-bad-2' },
      admin,
    );
    expect(traversal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const outsider = await graphql(
      subgraph.url,
      IMPORT,
      { d: 'halls.tickets', f: 'halls.tickets--april.jsonl', k: 'import-out-1' },
      viewerOf(['ADMIN'], { divisionCode: '50', departmentCode: 'CQ-MZ' }),
    );
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byAnalyst = await graphql(
      subgraph.url,
      IMPORT,
      { d: 'halls.tickets', f: 'halls.tickets--april.jsonl', k: 'import-out-2' },
      analyst,
    );
    expect(byAnalyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const absent = await graphql(
      subgraph.url,
      IMPORT,
      { d: 'halls.tickets', f: 'halls.tickets--absent.jsonl', k: 'import-absent-1' },
      admin,
    );
    expect(absent.errors?.[0]?.message).toBe(
      'File halls.tickets--absent.jsonl was not found in the exchange inbox.',
    );
    expect(absent.errors?.[0]?.message).not.toContain(dataDir);
  });

  it('lists jobs with their logs', async () => {
    const result = await graphql(
      subgraph.url,
      `{ exchangeJobs(datasetId: "halls.tickets") { direction status log { message } } }`,
      {},
      analyst,
    );
    expect(result.errors).toBeUndefined();
    const jobs = result.data!.exchangeJobs;
    expect(jobs.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(jobs)).toContain('resumed after the last checkpoint');
  });

  it('shows one job to readers of its dataset only', async () => {
    const [job] = (
      await graphql(
        subgraph.url,
        `{ exchangeJobs(datasetId: "halls.tickets", first: 1) { id } }`,
        {},
        analyst,
      )
    ).data!.exchangeJobs;
    const read = await graphql(subgraph.url, STATUS, { id: job.id }, analyst);
    expect(read.data!.exchangeJob.id).toBe(job.id);
    const outsider = await graphql(
      subgraph.url,
      STATUS,
      { id: job.id },
      viewerOf(['CLERK'], { divisionCode: '500238', departmentCode: 'CQ-MZ' }),
    );
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missing = await graphql(subgraph.url, STATUS, { id: 'no-such-job' }, admin);
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.exchangeJob).toBeNull();
  });
});
