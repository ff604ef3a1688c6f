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

// The cases.applications dataset is owned by CQ-ZWB; market regulation
// (CQ-SCJG) requests it. The clock is a variable so a test can move it past
// a grant's expiry.

let subgraph: RunningSubgraph;
let clock = new Date('2026-03-02T01:00:00Z');

const city = { divisionCode: '50' };
const ownerAdmin = viewerOf(['ADMIN'], { ...city, departmentCode: 'CQ-ZWB' });
const requester = viewerOf(['ADMIN'], { ...city, departmentCode: 'CQ-SCJG' });
const scjgReviewer = viewerOf(['REVIEWER'], {
  ...city,
  departmentCode: 'CQ-SCJG',
});
const otherAdmin = viewerOf(['ADMIN'], { ...city, departmentCode: 'CQ-MZ' });
const divisionAdmin = viewerOf(['ADMIN'], city);

const ROWS = `query($d: ID!) { datasetRows(datasetId: $d) { rows { key values { field value masked } } } }`;
const REQUEST = `mutation($i: RequestDatasetSharingInput!, $k: String!) {
  requestDatasetSharing(input: $i, idempotencyKey: $k) { id status active requestingDepartmentCode dataset { id } } }`;
const DECIDE = `mutation($id: ID!, $a: Boolean!, $e: DateTime, $n: String) {
  decideSharingRequest(id: $id, approve: $a, expiresAt: $e, note: $n) { id status active expiresAt decidedBy } }`;

function codeOf(result: { errors?: { extensions?: { code?: unknown } }[] }) {
  return result.errors?.[0]?.extensions?.code;
}

function hours(n: number): string {
  return new Date(clock.getTime() + n * 3_600_000).toISOString();
}

async function requestApplications(key: string, purpose = '核查食品经营许可申请人') {
  const result = await graphql(
    subgraph.url,
    REQUEST,
    { i: { datasetId: 'cases.applications', purpose }, k: key },
    requester,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.requestDatasetSharing as { id: string; status: string };
}

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(
    createDataSubgraph({
      now: () => clock,
      dataDir: mkdtempSync(join(tmpdir(), 'ykb-data-')),
      openDataRefreshMs: 0,
      exchangeScheduleMs: 0,
    }),
  );
});

afterAll(async () => {
  await subgraph?.close();
});

describe('data catalogue', () => {
  it('lists every seeded dataset with classified fields', async () => {
    const result = await graphql(
      subgraph.url,
      `{ datasets { id ownerDepartmentCode updateFrequency rowCount fields { name classification personalDataKind } } }`,
    );
    expect(result.errors).toBeUndefined();
    const ids = result.data!.datasets.map((d: { id: string }) => d.id);
    for (const id of [
      'identity.users',
      'cases.applications',
      'licenses.licences',
      'items.catalogue',
      'halls.tickets',
      'intermediaries.agencies',
    ])
      expect(ids).toContain(id);
    const users = result.data!.datasets.find(
      (d: { id: string }) => d.id === 'identity.users',
    );
    expect(users.rowCount).toBe(2);
    expect(users.fields).toContainEqual({
      name: 'idCardNumber',
      classification: 'SENSITIVE',
      personalDataKind: 'ID_CARD',
    });
  });
});

describe('sharing between departments', () => {
  it('refuses rows before approval', async () => {
    await requestApplications('before-approval-1');
    const result = await graphql(
      subgraph.url,
      ROWS,
      { d: 'cases.applications' },
      scjgReviewer,
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });

  it('refuses approval by a non-owner department', async () => {
    const request = await requestApplications('non-owner-approval');
    for (const viewer of [otherAdmin, requester, divisionAdmin]) {
      const result = await graphql(
        subgraph.url,
        DECIDE,
        { id: request.id, a: true, e: hours(24) },
        viewer,
      );
      expect(codeOf(result)).toBe('FORBIDDEN');
    }
    const reviewer = await graphql(
      subgraph.url,
      DECIDE,
      { id: request.id, a: true, e: hours(24) },
      viewerOf(['REVIEWER'], { ...city, departmentCode: 'CQ-ZWB' }),
    );
    expect(codeOf(reviewer)).toBe('FORBIDDEN');
    const rows = await graphql(
      subgraph.url,
      ROWS,
      { d: 'cases.applications' },
      scjgReviewer,
    );
    expect(codeOf(rows)).toBe('FORBIDDEN');
  });

  it('allows rows after approval and refuses them after expiry', async () => {
    const request = await requestApplications('approve-then-expire');
    const decided = await graphql(
      subgraph.url,
      DECIDE,
      { id: request.id, a: true, e: hours(2), n: '同意，限核查使用' },
      ownerAdmin,
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideSharingRequest.status).toBe('APPROVED');
    expect(decided.data!.decideSharingRequest.active).toBe(true);

    const allowed = await graphql(
      subgraph.url,
      ROWS,
      { d: 'cases.applications' },
      scjgReviewer,
    );
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.datasetRows.rows).toHaveLength(2);
    // A reviewer handles personal data, so a grant shows it raw.
    const first = allowed.data!.datasetRows.rows[0].values;
    expect(first).toContainEqual({
      field: 'applicantIdCard',
      value: '500103198506122026',
      masked: false,
    });

    const again = await graphql(
      subgraph.url,
      DECIDE,
      { id: request.id, a: false },
      ownerAdmin,
    );
    expect(codeOf(again)).toBe('INVALID_STATE');

    clock = new Date(clock.getTime() + 3 * 3_600_000);
    const expired = await graphql(
      subgraph.url,
      ROWS,
      { d: 'cases.applications' },
      scjgReviewer,
    );
    expect(codeOf(expired)).toBe('FORBIDDEN');
  });

  it('rejects a request, which grants nothing', async () => {
    const request = await requestApplications('rejected-request');
    const result = await graphql(
      subgraph.url,
      DECIDE,
      { id: request.id, a: false, n: '用途不明确' },
      ownerAdmin,
    );
    expect(result.data!.decideSharingRequest.status).toBe('REJECTED');
    const rows = await graphql(
      subgraph.url,
      ROWS,
      { d: 'licenses.licences' },
      viewerOf(['REVIEWER'], { ...city, departmentCode: 'CQ-MZ' }),
    );
    expect(codeOf(rows)).toBe('FORBIDDEN');
  });

  it('checks the expiry of an approval', async () => {
    const request = await requestApplications('bad-expiry');
    for (const e of [null, hours(-1), hours(24 * 400)]) {
      const result = await graphql(
        subgraph.url,
        DECIDE,
        { id: request.id, a: true, e },
        ownerAdmin,
      );
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
    }
  });

  it('replays a key and refuses its reuse for another request', async () => {
    const first = await requestApplications('replayed-key-1');
    const replay = await requestApplications('replayed-key-1');
    expect(replay.id).toBe(first.id);
    const reused = await graphql(
      subgraph.url,
      REQUEST,
      {
        i: { datasetId: 'cases.applications', purpose: '另一个不同的用途' },
        k: 'replayed-key-1',
      },
      requester,
    );
    expect(codeOf(reused)).toBe('CONFLICT');
  });

  it('checks request input', async () => {
    const cases = [
      [{ datasetId: 'cases.applications', purpose: '短' }, 'abcdefgh1', 'BAD_USER_INPUT'],
      [{ datasetId: 'no.such', purpose: '核查申请人信息' }, 'abcdefgh2', 'NOT_FOUND'],
      [{ datasetId: 'cases.applications', purpose: '核查申请人信息' }, 'bad key', 'BAD_USER_INPUT'],
    ] as const;
    for (const [i, k, code] of cases) {
      const result = await graphql(subgraph.url, REQUEST, { i, k }, requester);
      expect(codeOf(result)).toBe(code);
    }
    const own = await graphql(
      subgraph.url,
      REQUEST,
      { i: { datasetId: 'cases.applications', purpose: '核查申请人信息' }, k: 'own-dataset-1' },
      ownerAdmin,
    );
    expect(codeOf(own)).toBe('INVALID_STATE');
    const anonymous = await graphql(subgraph.url, REQUEST, {
      i: { datasetId: 'cases.applications', purpose: '核查申请人信息' },
      k: 'anonymous-1',
    });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('lists requests to the owner and the requester only', async () => {
    const list = `{ sharingRequests { id requestingDepartmentCode dataset { id } } }`;
    const owner = await graphql(subgraph.url, list, {}, ownerAdmin);
    expect(owner.errors).toBeUndefined();
    expect(owner.data!.sharingRequests.length).toBeGreaterThan(0);
    const outsider = await graphql(subgraph.url, list, {}, otherAdmin);
    expect(outsider.data!.sharingRequests).toEqual([]);
  });
});
