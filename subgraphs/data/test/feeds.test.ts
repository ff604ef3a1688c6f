import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSubgraph } from '@ykb/common';
import {
  graphql,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { until } from '../../../tests/support/processes.js';
import {
  businessLicence,
  citizen,
  issueAsSystem,
  issueInput,
  startLicenses,
} from '../../licenses/test/fixtures.js';
import { createDataSubgraph } from '../src/index.js';

// The real licences subgraph owns the licences; the data subgraph's feed
// reads them every 300 ms with a SYSTEM token into the licenses.licences dataset.

let licences: RunningSubgraph;
let data: RunningSubgraph;
const analyst = viewerOf(['ANALYST'], { divisionCode: '50' });
const ownerReviewer = viewerOf(['REVIEWER'], {
  divisionCode: '50',
  departmentCode: 'CQ-SCJG',
});

const ROWS = `query { datasetRows(datasetId: "licenses.licences", first: 100) { rows { key divisionCode values { field value masked } } } }`;

interface Row {
  key: string;
  divisionCode: string;
  values: { field: string; value: string | null; masked: boolean }[];
}

async function rowOf(
  identifier: string,
  viewer: ReturnType<typeof viewerOf>,
): Promise<Row | undefined> {
  const result = await graphql(data.url, ROWS, {}, viewer);
  expect(result.errors).toBeUndefined();
  return (result.data!.datasetRows.rows as Row[]).find(
    (row) => row.key === identifier,
  );
}

function valueOf(row: Row, field: string) {
  return row.values.find((v) => v.field === field);
}

beforeAll(async () => {
  licences = await startLicenses();
  process.env.YKB_LICENSES_URL = licences.url;
  data = await startTestSubgraph(
    createDataSubgraph({
      dataDir: mkdtempSync(join(tmpdir(), 'ykb-data-feed-')),
      feedRefreshMs: 300,
      openDataRefreshMs: 0,
      exchangeScheduleMs: 0,
      exchangeWorkerMs: 0,
    }),
  );
});

afterAll(async () => {
  await data?.close();
  await licences?.close();
});

describe('dataset feeds', () => {
  it('feeds a new licence into its dataset', async () => {
    const issued = await issueAsSystem(licences.url, issueInput());
    expect(issued.errors).toBeUndefined();
    const identifier = issued.data!.issueLicence.identifier as string;

    await until(async () => (await rowOf(identifier, analyst)) !== undefined);
    const masked = (await rowOf(identifier, analyst))!;
    expect(masked.divisionCode).toBe('500238100205');
    expect(valueOf(masked, 'typeName')?.value).toBe('食品经营许可证');
    expect(valueOf(masked, 'holderKind')?.value).toBe('PERSON');
    expect(valueOf(masked, 'holderName')?.masked).toBe(true);
    expect(valueOf(masked, 'holderName')?.value).not.toBe(citizen.name);
    expect(valueOf(masked, 'holderIdCard')?.masked).toBe(true);
    expect(valueOf(masked, 'holderIdCard')?.value).not.toBe(
      citizen.idCardNumber,
    );

    const raw = (await rowOf(identifier, ownerReviewer))!;
    expect(valueOf(raw, 'holderName')?.value).toBe(citizen.name);
    expect(valueOf(raw, 'holderIdCard')?.value).toBe(citizen.idCardNumber);
    expect(valueOf(raw, 'holderName')?.masked).toBe(false);
  });

  it('shows a legal person holder unmasked', async () => {
    const { DEMO_ACCOUNTS } = await import('@ykb/common');
    const company = DEMO_ACCOUNTS.find((a) => a.account === 'company.demo')!;
    const issued = await issueAsSystem(
      licences.url,
      issueInput({
        licenceTypeCode: businessLicence.code,
        holderUserId: 'u-company.demo',
        holderName: company.name,
        holderIdNumber: company.creditCode,
      }),
    );
    expect(issued.errors).toBeUndefined();
    const identifier = issued.data!.issueLicence.identifier as string;

    await until(async () => (await rowOf(identifier, analyst)) !== undefined);
    const row = (await rowOf(identifier, analyst))!;
    expect(valueOf(row, 'holderKind')?.value).toBe('LEGAL_PERSON');
    expect(valueOf(row, 'holderName')).toEqual({
      field: 'holderName',
      value: company.name,
      masked: false,
    });
    expect(valueOf(row, 'holderIdCard')).toEqual({
      field: 'holderIdCard',
      value: company.creditCode,
      masked: false,
    });
  });

  it('keeps unmasked licences to SYSTEM', async () => {
    const direct = await graphql(
      licences.url,
      `query($ids: [String!]!) { licencesByIdentifier(identifiers: $ids) { holderName } }`,
      { ids: ['1.2.156.3005.2.X.Y.1.1.0'] },
      ownerReviewer,
    );
    expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
