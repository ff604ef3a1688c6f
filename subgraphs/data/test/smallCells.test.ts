import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, type RunningSubgraph } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { createDataSubgraph } from '../src/index.js';
import type { DataModels } from '../src/model.js';
import { publishOpenData } from '../src/openData.js';

// Small-cell protection of the published statistics against a real
// database: the application statistics (GraphQL, CSV and JSON) and
// datasetStatistics. Rows of cases.applications are written straight into
// the exchange's copy, next to the two demo rows of 2026-03.
//
// Village A (500238100205), April 2026, per item: submitted / decided.
//   食品经营许可  12 / 12
//   公司变更登记   2 / 2   small, so PRIMARY
//   个体工商户登记 8 / 8   the smallest other count, so SECONDARY
//   total         22 / 22
// Division B (500103001001), April 2026: 食品经营许可 3 / 1, so its line and
// its total are all small.

const VILLAGE_A = '500238100205';
const DIVISION_B = '500103001001';
const APRIL = '2026-04';

let subgraph: RunningSubgraph;
let origin: string;
let dataDir: string;

const countyAnalyst = viewerOf(['ANALYST'], { divisionCode: '500238' });
const ownerAdmin = viewerOf(['ADMIN'], {
  divisionCode: '50',
  departmentCode: 'CQ-ZWB',
});
/** An administrator of market regulation, which has no grant for the owner's datasets. */
const otherAdmin = viewerOf(['ADMIN'], {
  divisionCode: '50',
  departmentCode: 'CQ-SCJG',
});

function application(
  divisionCode: string,
  itemName: string,
  index: number,
  decided: boolean,
) {
  const key = `SC-${divisionCode}-${itemName}-${index}`;
  return {
    _id: `cases.applications:${key}`,
    datasetId: 'cases.applications',
    key,
    divisionCode,
    values: {
      caseNumber: key,
      itemName,
      departmentCode: 'CQ-SCJG',
      status: decided ? 'APPROVED' : 'ACCEPTED',
      submittedOn: `${APRIL}-1${index % 10}`,
    },
    updatedAt: new Date(),
  };
}

function applications(
  divisionCode: string,
  itemName: string,
  submitted: number,
  decided: number,
) {
  return Array.from({ length: submitted }, (_, index) =>
    application(divisionCode, itemName, index, index < decided),
  );
}

function models(): DataModels {
  return {
    Row: subgraph.connection.model('DatasetRow'),
    Publication: subgraph.connection.model('OpenDataPublication'),
  } as unknown as DataModels;
}

beforeAll(async () => {
  isolateDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'ykb-data-'));
  subgraph = await startTestSubgraph(
    createDataSubgraph({
      dataDir,
      openDataRefreshMs: 0,
      exchangeScheduleMs: 0,
      feedRefreshMs: 0,
    }),
  );
  origin = new URL(subgraph.url).origin;
  await models().Row.insertMany([
    ...applications(VILLAGE_A, '食品经营许可', 12, 12),
    ...applications(VILLAGE_A, '公司变更登记', 2, 2),
    ...applications(VILLAGE_A, '个体工商户登记', 8, 8),
    ...applications(DIVISION_B, '食品经营许可', 3, 1),
  ]);
  await publishOpenData(
    models(),
    dataDir,
    new Date('2026-05-01T00:00:00Z'),
    createLogger('data-small-cells-test'),
  );
});

afterAll(async () => {
  await subgraph?.close();
});

const VALUE = '{ value suppressed reason marker }';
const STATISTICS = `{ applicationStatistics {
  id threshold csvPath jsonPath publishedAt lineCount
  lines(first: 100) { divisionCode itemName month submitted ${VALUE} decided ${VALUE} decisionRate ${VALUE} }
} }`;

interface Value {
  value: number | null;
  suppressed: boolean;
  reason: string | null;
  marker: string | null;
}

interface Line {
  divisionCode: string;
  itemName: string | null;
  month: string;
  submitted: Value;
  decided: Value;
  decisionRate: Value;
}

const published = (value: number): Value => ({
  value,
  suppressed: false,
  reason: null,
  marker: null,
});
const primary: Value = {
  value: null,
  suppressed: true,
  reason: 'PRIMARY',
  marker: '<5',
};
const secondary: Value = {
  value: null,
  suppressed: true,
  reason: 'SECONDARY',
  marker: 'x',
};
const derived: Value = {
  value: null,
  suppressed: true,
  reason: 'DERIVED',
  marker: 'x',
};

async function linesAs(
  viewer?: Parameters<typeof graphql>[3],
): Promise<Line[]> {
  const result = await graphql(subgraph.url, STATISTICS, {}, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.applicationStatistics.lines;
}

function lineOf(
  lines: readonly Line[],
  divisionCode: string,
  itemName: string | null,
  month = APRIL,
): Line {
  const line = lines.find(
    (l) =>
      l.divisionCode === divisionCode &&
      l.itemName === itemName &&
      l.month === month,
  );
  expect(line, `${divisionCode} ${itemName ?? 'total'} ${month}`).toBeDefined();
  return line!;
}

describe('application statistics', () => {
  it('withholds small counts from anonymous viewers', async () => {
    const lines = await linesAs();
    const small = lineOf(lines, VILLAGE_A, '公司变更登记');
    expect(small.submitted).toEqual(primary);
    expect(small.decided).toEqual(primary);
    expect(small.decisionRate).toEqual(derived);

    const complement = lineOf(lines, VILLAGE_A, '个体工商户登记');
    expect(complement.submitted).toEqual(secondary);
    expect(complement.decided).toEqual(secondary);
    expect(complement.decisionRate).toEqual(derived);

    const large = lineOf(lines, VILLAGE_A, '食品经营许可');
    expect(large.submitted).toEqual(published(12));
    expect(large.decided).toEqual(published(12));
    expect(large.decisionRate).toEqual(published(1));

    const total = lineOf(lines, VILLAGE_A, null);
    expect(total.submitted).toEqual(published(22));
    expect(total.decided).toEqual(published(22));
  });

  it('leaves no small count recomputable from a total', async () => {
    const lines = await linesAs();
    const items = lines.filter(
      (l) => l.divisionCode === VILLAGE_A && l.month === APRIL && l.itemName,
    );
    expect(items).toHaveLength(3);
    const withheld = items.filter((l) => l.submitted.suppressed);
    expect(withheld).toHaveLength(2);
  });

  it('withholds a small total and its rate', async () => {
    const lines = await linesAs();
    const total = lineOf(lines, DIVISION_B, null);
    expect(total.submitted).toEqual(primary);
    expect(total.decided).toEqual(primary);
    expect(total.decisionRate).toEqual(derived);
    // The demo row of March 2026 in village A is a count of 1.
    expect(lineOf(lines, VILLAGE_A, null, '2026-03').submitted).toEqual(
      primary,
    );
  });

  it('never returns a withheld count as 0', async () => {
    for (const line of await linesAs()) {
      for (const value of [line.submitted, line.decided, line.decisionRate]) {
        if (value.suppressed) expect(value.value).toBeNull();
        else expect(value.reason).toBeNull();
      }
    }
  });

  it('gives exact counts to an entitled county analyst', async () => {
    const lines = await linesAs(countyAnalyst);
    const small = lineOf(lines, VILLAGE_A, '公司变更登记');
    expect(small.submitted).toEqual(published(2));
    expect(small.decided).toEqual(published(2));
    expect(small.decisionRate).toEqual(published(1));
    expect(lineOf(lines, VILLAGE_A, '个体工商户登记').submitted).toEqual(
      published(8),
    );
    // Division B lies outside the analyst's county.
    expect(lineOf(lines, DIVISION_B, null).submitted).toEqual(primary);
  });

  it('gives exact counts everywhere to the owner department', async () => {
    const lines = await linesAs(ownerAdmin);
    const b = lineOf(lines, DIVISION_B, '食品经营许可');
    expect(b.submitted).toEqual(published(3));
    expect(b.decided).toEqual(published(1));
    expect(b.decisionRate).toEqual(published(0.3333));
  });

  it('withholds small counts from staff without a grant', async () => {
    const lines = await linesAs(otherAdmin);
    expect(lineOf(lines, VILLAGE_A, '公司变更登记').submitted).toEqual(
      primary,
    );
    expect(lineOf(lines, DIVISION_B, '食品经营许可').submitted).toEqual(
      primary,
    );
  });

  it('describes the table and its files', async () => {
    const result = await graphql(subgraph.url, STATISTICS);
    const table = result.data!.applicationStatistics;
    expect(table.id).toBe('statistics.applications');
    expect(table.threshold).toBe(5);
    expect(table.csvPath).toBe(
      '/downloads/open-data/statistics.applications.csv',
    );
    expect(table.publishedAt).toBe('2026-05-01T00:00:00.000Z');
    // Two lines per division and month with one item: the total and the item.
    expect(table.lineCount).toBe(2 + 2 + 4 + 2);
  });

  it('rejects a page larger than 100 lines', async () => {
    const result = await graphql(
      subgraph.url,
      '{ applicationStatistics { lines(first: 101) { month } } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('application statistics files', () => {
  it('marks withheld cells in the CSV', async () => {
    const response = await fetch(
      `${origin}/downloads/open-data/statistics.applications.csv`,
    );
    expect(response.status).toBe(200);
    const text = (await response.text()).replace(/^\uFEFF/, '');
    const rows = text.trimEnd().split('\r\n');
    expect(rows[0]).toBe(
      'divisionCode,itemName,month,submitted,decided,decisionRate',
    );
    expect(rows).toContain(`${VILLAGE_A},,${APRIL},22,22,1`);
    expect(rows).toContain(`${VILLAGE_A},公司变更登记,${APRIL},<5,<5,x`);
    expect(rows).toContain(`${VILLAGE_A},个体工商户登记,${APRIL},x,x,x`);
    expect(rows).toContain(`${VILLAGE_A},食品经营许可,${APRIL},12,12,1`);
    expect(rows).toContain(`${DIVISION_B},食品经营许可,${APRIL},<5,<5,x`);
    // March in village A: 1 submitted, none decided. The zero is published.
    expect(rows).toContain(`${VILLAGE_A},,2026-03,<5,0,x`);
  });

  it('marks withheld cells in the JSON', async () => {
    const response = await fetch(
      `${origin}/downloads/open-data/statistics.applications.json`,
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      threshold: number;
      markers: Record<string, string>;
      rows: Line[];
    };
    expect(body.threshold).toBe(5);
    expect(Object.keys(body.markers)).toEqual(['<5', 'x']);
    const small = body.rows.find(
      (row) => row.divisionCode === VILLAGE_A && row.itemName === '公司变更登记',
    );
    expect(small?.submitted).toEqual({
      value: null,
      suppressed: true,
      reason: 'PRIMARY',
    });
    expect(small?.decisionRate).toEqual({
      value: null,
      suppressed: true,
      reason: 'DERIVED',
    });
    const total = body.rows.find(
      (row) => row.divisionCode === VILLAGE_A && row.itemName === null,
    );
    expect(total).toBeDefined();
  });
});

const DATASET_STATISTICS = `query($d: ID!) { datasetStatistics(datasetId: $d) {
  exact rowCount ${VALUE} byCounty { divisionCode rows ${VALUE} }
  fields { field filled ${VALUE} distinct ${VALUE} }
} }`;

describe('dataset statistics', () => {
  it('gives exact counts to the owner department', async () => {
    const result = await graphql(
      subgraph.url,
      DATASET_STATISTICS,
      { d: 'cases.applications' },
      ownerAdmin,
    );
    expect(result.errors).toBeUndefined();
    const statistics = result.data!.datasetStatistics;
    expect(statistics.exact).toBe(true);
    expect(statistics.rowCount).toEqual(published(27));
    expect(statistics.byCounty).toEqual([
      { divisionCode: '500103', rows: published(4) },
      { divisionCode: '500238', rows: published(23) },
    ]);
  });

  it('withholds small counts from staff without a grant', async () => {
    const result = await graphql(
      subgraph.url,
      DATASET_STATISTICS,
      { d: 'cases.applications' },
      otherAdmin,
    );
    expect(result.errors).toBeUndefined();
    const statistics = result.data!.datasetStatistics;
    expect(statistics.exact).toBe(false);
    // 27 = 4 + 23: the small county and then the other one are withheld.
    expect(statistics.byCounty).toEqual([
      { divisionCode: '500103', rows: primary },
      { divisionCode: '500238', rows: secondary },
    ]);
    expect(statistics.rowCount).toEqual(published(27));
    // applicantName is empty on the 25 rows written here, so 2 are filled.
    const name = statistics.fields.find(
      (f: { field: string }) => f.field === 'applicantName',
    );
    expect(name.filled).toEqual(primary);
    expect(name.distinct).toBeNull();
    const item = statistics.fields.find(
      (f: { field: string }) => f.field === 'itemName',
    );
    expect(item.filled).toEqual(published(27));
    expect(item.distinct).toEqual(published(4));
  });
});
