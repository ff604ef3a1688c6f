import { mkdtempSync } from 'node:fs';
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
import type { DataModels } from '../src/model.js';
import { protectDatasetCounts } from '../src/statistics.js';

// datasetStatistics of cases.applications and applicationStatistics are
// protected together, against a real database. The exchange's copy holds
// only the rows written here, in county 500101, April 2026:
//   village A (500101001001)  3 submitted, 1 decided   small, so PRIMARY
//   village B (500101001002) 10 submitted, 10 decided  published
// The county's row count 13 minus B's 10 would give A's 3.

const COUNTY = '500101';
const VILLAGE_A = '500101001001';
const VILLAGE_B = '500101001002';

let subgraph: RunningSubgraph;

const ownerAdmin = viewerOf(['ADMIN'], {
  divisionCode: '50',
  departmentCode: 'CQ-ZWB',
});
/** An administrator of market regulation, which has no grant for the owner's datasets. */
const otherAdmin = viewerOf(['ADMIN'], {
  divisionCode: '50',
  departmentCode: 'CQ-SCJG',
});

function applications(
  divisionCode: string,
  submitted: number,
  decided: number,
  submittedOn: string | null = '2026-04-10',
) {
  return Array.from({ length: submitted }, (_, index) => {
    const key = `JS-${divisionCode}-${submittedOn ?? 'none'}-${index}`;
    return {
      _id: `cases.applications:${key}`,
      datasetId: 'cases.applications',
      key,
      divisionCode,
      values: {
        caseNumber: key,
        itemName: '食品经营许可',
        departmentCode: 'CQ-SCJG',
        status: index < decided ? 'APPROVED' : 'ACCEPTED',
        ...(submittedOn === null ? {} : { submittedOn }),
      },
      updatedAt: new Date(),
    };
  });
}

function models(): DataModels {
  return {
    Row: subgraph.connection.model('DatasetRow'),
  } as unknown as DataModels;
}

async function writeRows(rows: ReturnType<typeof applications>) {
  await models().Row.deleteMany({ datasetId: 'cases.applications' });
  await models().Row.insertMany(rows);
}

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(
    createDataSubgraph({
      dataDir: mkdtempSync(join(tmpdir(), 'ykb-data-')),
      openDataRefreshMs: 0,
      exchangeScheduleMs: 0,
      feedRefreshMs: 0,
    }),
  );
});

afterAll(async () => {
  await subgraph?.close();
});

const VALUE = '{ value suppressed reason }';
const DATASET_STATISTICS = `{ datasetStatistics(datasetId: "cases.applications") {
  exact rowCount ${VALUE} byCounty { divisionCode rows ${VALUE} }
  fields { field filled ${VALUE} }
} }`;
const APPLICATION_TOTALS = `{ applicationStatistics {
  lines(first: 100) { divisionCode itemName month submitted ${VALUE} }
} }`;

interface Value {
  value: number | null;
  suppressed: boolean;
  reason: string | null;
}

const published = (value: number): Value => ({
  value,
  suppressed: false,
  reason: null,
});
const secondary: Value = { value: null, suppressed: true, reason: 'SECONDARY' };

async function datasetStatistics(viewer: typeof otherAdmin) {
  const result = await graphql(subgraph.url, DATASET_STATISTICS, {}, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.datasetStatistics as {
    exact: boolean;
    rowCount: Value;
    byCounty: { divisionCode: string; rows: Value }[];
    fields: { field: string; filled: Value }[];
  };
}

async function villageTotals(viewer: typeof otherAdmin) {
  const result = await graphql(subgraph.url, APPLICATION_TOTALS, {}, viewer);
  expect(result.errors).toBeUndefined();
  const lines = result.data!.applicationStatistics.lines as {
    divisionCode: string;
    itemName: string | null;
    submitted: Value;
  }[];
  const total = (divisionCode: string) =>
    lines.find((l) => l.divisionCode === divisionCode && l.itemName === null)
      ?.submitted;
  return { a: total(VILLAGE_A), b: total(VILLAGE_B) };
}

describe('dataset and application statistics together', () => {
  it('withholds a county total over a withheld village', async () => {
    await writeRows([
      ...applications(VILLAGE_A, 3, 1),
      ...applications(VILLAGE_B, 10, 10),
    ]);
    const villages = await villageTotals(otherAdmin);
    expect(villages.a?.reason).toBe('PRIMARY');
    expect(villages.b).toEqual(published(10));

    const statistics = await datasetStatistics(otherAdmin);
    expect(statistics.exact).toBe(false);
    expect(statistics.byCounty).toEqual([
      { divisionCode: COUNTY, rows: secondary },
    ]);
    // The row count is the total over the single county.
    expect(statistics.rowCount).toEqual(secondary);
  });

  it('withholds filled counts over a withheld village', async () => {
    await writeRows([
      ...applications(VILLAGE_A, 3, 1),
      ...applications(VILLAGE_B, 10, 10),
    ]);
    const fields = (await datasetStatistics(otherAdmin)).fields;
    const filled = (name: string) =>
      fields.find((field) => field.field === name)?.filled;
    // Every row has a submission date and a status, so these count 13 too.
    expect(filled('submittedOn')).toEqual(secondary);
    expect(filled('status')).toEqual(secondary);
    // No row has an applicant name, and a zero is published.
    expect(filled('applicantName')).toEqual(published(0));
  });

  it('publishes a county over two withheld villages', async () => {
    // Villages A and C are both withheld, so 17 − 10 gives only their sum.
    await writeRows([
      ...applications(VILLAGE_A, 3, 1),
      ...applications(VILLAGE_B, 10, 10),
      ...applications('500101001003', 4, 4),
    ]);
    const statistics = await datasetStatistics(otherAdmin);
    expect(statistics.byCounty).toEqual([
      { divisionCode: COUNTY, rows: published(17) },
    ]);
  });

  it('counts rows without a submission date outside the villages', async () => {
    // 19 = 3 + 10 + 6 rows that applicationStatistics does not count, so
    // the county gives A only together with those 6.
    await writeRows([
      ...applications(VILLAGE_A, 3, 1),
      ...applications(VILLAGE_B, 10, 10),
      ...applications(VILLAGE_B, 6, 0, null),
    ]);
    const statistics = await datasetStatistics(otherAdmin);
    expect(statistics.byCounty).toEqual([
      { divisionCode: COUNTY, rows: published(19) },
    ]);
    const submittedOn = statistics.fields.find(
      (field) => field.field === 'submittedOn',
    );
    expect(submittedOn?.filled).toEqual(secondary);
  });

  it('keeps exact counts for the owner department', async () => {
    await writeRows([
      ...applications(VILLAGE_A, 3, 1),
      ...applications(VILLAGE_B, 10, 10),
    ]);
    const statistics = await datasetStatistics(ownerAdmin);
    expect(statistics.exact).toBe(true);
    expect(statistics.byCounty).toEqual([
      { divisionCode: COUNTY, rows: published(13) },
    ]);
  });
});

describe('protectDatasetCounts with linked cells', () => {
  // 20 rows in one county. A field such as a decision date is filled on
  // 9 rows, the decided counts of two lines of the other table: 2
  // (withheld) and 7 (published).
  const counts = {
    rowCount: 20,
    fields: [{ field: 'decidedOn', filled: 9, distinct: null }],
    byCounty: [{ divisionCode: COUNTY, rows: 20 }],
  };
  const cells = [
    { count: 5, reason: null },
    { count: 2, reason: 'PRIMARY' as const },
    { count: 3, reason: null },
    { count: 15, reason: null },
    { count: 7, reason: null },
    { count: 8, reason: null },
  ];

  it('withholds a filled count over a withheld decided count', () => {
    const view = protectDatasetCounts(counts, {
      cells,
      byCounty: [[0, 3]],
      filled: [[1, 4]],
    });
    expect(view.fields[0]!.filled).toEqual(secondary);
    // The county adds up the published submitted counts 5 and 15.
    expect(view.byCounty[0]!.rows).toEqual(published(20));
  });

  it('publishes the same counts without links', () => {
    const view = protectDatasetCounts(counts);
    expect(view.fields[0]!.filled).toEqual(published(9));
    expect(view.byCounty[0]!.rows).toEqual(published(20));
  });
});
