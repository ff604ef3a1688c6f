import { mkdtempSync, readFileSync } from 'node:fs';
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
import { DEMO_ROWS } from '../src/catalogue.js';
import { createDataSubgraph } from '../src/index.js';
import { settledJob } from './jobs.js';

// Every path to a SENSITIVE value as an analyst, who never has the right
// to the raw value: rows, an entity reference, an export file and
// statistics. The raw demo values must not appear in any of them.

let subgraph: RunningSubgraph;
let dataDir: string;
const analyst = viewerOf(['ANALYST'], { divisionCode: '50' });
const countyAnalyst = viewerOf(['ANALYST'], { divisionCode: '500238' });
const ownerReviewer = viewerOf(['REVIEWER'], {
  divisionCode: '50',
  departmentCode: 'CQ-ZWB',
});
const ownerSupervisor = viewerOf(['SUPERVISOR'], {
  divisionCode: '50',
  departmentCode: 'CQ-ZWB',
});

const RAW_VALUES = [
  '500238199003071012',
  '500103198506122026',
  '13800138000',
  '13900139000',
  '张三',
  '欧阳娜娜',
  '1990-03-07',
  '1985-06-12',
  '城北村3组12号',
  '民族路88号',
];

function expectNoRawValue(text: string) {
  for (const raw of RAW_VALUES) expect(text).not.toContain(raw);
}

const ROWS = `query($d: ID!) { datasetRows(datasetId: $d) { rows { id key values { field value masked } } } }`;

beforeAll(async () => {
  isolateDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'ykb-data-'));
  subgraph = await startTestSubgraph(
    createDataSubgraph({
      dataDir,
      openDataRefreshMs: 0,
      exchangeScheduleMs: 0,
    }),
  );
});

afterAll(async () => {
  await subgraph?.close();
});

describe('desensitisation for an analyst', () => {
  it('masks sensitive fields of rows', async () => {
    const result = await graphql(
      subgraph.url,
      ROWS,
      { d: 'identity.users' },
      analyst,
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data!.datasetRows.rows;
    expect(rows).toHaveLength(2);
    expectNoRawValue(JSON.stringify(rows));
    const zhang = rows.find(
      (r: { key: string }) => r.key === 'u-demo-citizen-1',
    ).values;
    expect(zhang).toEqual(
      expect.arrayContaining([
        { field: 'name', value: '张*', masked: true },
        { field: 'idCardNumber', value: '5002**********1012', masked: true },
        { field: 'birthDate', value: '1990', masked: true },
        { field: 'mobile', value: '138****8000', masked: true },
        { field: 'address', value: '重庆市巫溪县城厢镇', masked: true },
        { field: 'divisionCode', value: '500238100205', masked: false },
      ]),
    );
  });

  it('masks rows reached through an entity reference', async () => {
    const result = await graphql(
      subgraph.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on DatasetRow { id values { field value masked } } } }`,
      {
        r: [
          { __typename: 'DatasetRow', id: 'identity.users:u-demo-citizen-2' },
          {
            __typename: 'DatasetRow',
            id: 'cases.applications:YKB-500238-0001',
          },
        ],
      },
      analyst,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(2);
    expectNoRawValue(JSON.stringify(result.data));
    expect(result.data!._entities[0].values).toContainEqual({
      field: 'name',
      value: '欧阳**',
      masked: true,
    });
  });

  it('refuses an entity reference outside the division', async () => {
    const result = await graphql(
      subgraph.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on DatasetRow { id values { value } } } }`,
      {
        r: [{ __typename: 'DatasetRow', id: 'identity.users:u-demo-citizen-2' }],
      },
      countyAnalyst,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expectNoRawValue(JSON.stringify(result.data ?? null));
  });

  it('masks sensitive fields in an export file', async () => {
    const result = await graphql(
      subgraph.url,
      `mutation { startDatasetExport(datasetId: "identity.users", idempotencyKey: "analyst-export-1") { id status } }`,
      {},
      analyst,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.startDatasetExport.status).toBe('QUEUED');
    const job = await settledJob(
      subgraph.url,
      result.data!.startDatasetExport.id,
      analyst,
      'status fileName rawSensitiveValues rowsDone',
    );
    expect(job.status).toBe('DONE');
    expect(job.rawSensitiveValues).toBe(false);
    expect(job.rowsDone).toBe(2);
    const file = readFileSync(
      join(dataDir, 'exchange', 'outbox', job.fileName),
      'utf8',
    );
    expectNoRawValue(file);
    expect(file).toContain('5002**********1012');
  });

  it('keeps personal data out of statistics', async () => {
    for (const datasetId of Object.keys(DEMO_ROWS)) {
      const result = await graphql(
        subgraph.url,
        `query($d: ID!) { datasetStatistics(datasetId: $d) { rowCount { value } fields { field filled { value } distinct { value } } byCounty { divisionCode rows { value } } } }`,
        { d: datasetId },
        analyst,
      );
      expect(result.errors).toBeUndefined();
      expectNoRawValue(JSON.stringify(result.data));
    }
    const users = await graphql(
      subgraph.url,
      `{ datasetStatistics(datasetId: "identity.users") { exact rowCount { value } fields { field filled { value } distinct { value } } } }`,
      {},
      analyst,
    );
    expect(users.data!.datasetStatistics.exact).toBe(true);
    expect(users.data!.datasetStatistics.rowCount).toEqual({ value: 2 });
    expect(users.data!.datasetStatistics.fields).toContainEqual({
      field: 'idCardNumber',
      filled: { value: 2 },
      distinct: null,
    });
  });

  it('masks for owner staff without the personal-data right', async () => {
    const result = await graphql(
      subgraph.url,
      ROWS,
      { d: 'identity.users' },
      ownerSupervisor,
    );
    expect(result.errors).toBeUndefined();
    expectNoRawValue(JSON.stringify(result.data));
  });

  it('shows raw values to owner staff with the right', async () => {
    const result = await graphql(
      subgraph.url,
      ROWS,
      { d: 'identity.users' },
      ownerReviewer,
    );
    expect(JSON.stringify(result.data)).toContain('500238199003071012');
  });

  it('refuses rows to citizens and anonymous callers', async () => {
    const citizen = await graphql(
      subgraph.url,
      ROWS,
      { d: 'identity.users' },
      viewerOf(['CITIZEN'], { divisionCode: '500238100205' }),
    );
    expect(citizen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await graphql(subgraph.url, ROWS, {
      d: 'identity.users',
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
