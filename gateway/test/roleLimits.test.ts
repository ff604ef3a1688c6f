import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecordModel, Role, type RunningSubgraph } from '@ykb/common';
import {
  isolateDatabase,
  startTestSubgraph,
  testToken,
  viewerOf,
} from '../../tests/support/harness.js';
import { casesSubgraph } from '../../subgraphs/cases/src/index.js';
import { startGateway, type RunningGateway } from '../src/server.js';

/**
 * Per-role limits through the real gateway in front of the real cases
 * subgraph. The costs in the expectations are counted by hand: every field
 * costs 1, caseStatistics 500 more, and the selection under a list counts
 * once per row of its `first`.
 */

const UNREACHABLE_URL = 'http://127.0.0.1:1/graphql';
const PERIOD = '{ from: "2026-01-01", to: "2026-03-31" }';
const FIGURES =
  'submitted accepted decided onTime late onTimeRate averageHandlingWorkingDays evaluations satisfied satisfactionRate averageEvaluationScore departmentCode';

// 1 + 500 + (1 + 500 rows x 12 fields) = 6502.
const WIDE_STATISTICS = `query { caseStatistics(filter: ${PERIOD}) { byItem(first: 500) { ${FIGURES} } } }`;
// 1 + 500 + (1 + 400 rows x (item 1 + id 1 + submitted 1 + onTimeRate 1)) = 2102.
const STATISTICS = `query { caseStatistics(filter: ${PERIOD}) { byItem(first: 400) { item { id } submitted onTimeRate } } }`;
// 1 + 100 rows x 3 fields = 301.
const WORKLIST = 'query { worklist(first: 100) { id caseNumber status } }';

let cases: RunningSubgraph;
let gateway: RunningGateway;

const clerk = viewerOf([Role.Clerk], { divisionCode: '500238100205' });
const admin = viewerOf([Role.Admin], { divisionCode: '50' });

async function post(query: string, viewer: ReturnType<typeof viewerOf>) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await testToken(viewer)}`,
    },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: Record<string, any> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  return { status: response.status, body };
}

beforeAll(async () => {
  isolateDatabase();
  process.env.YKB_CALENDAR_SYNC = 'off';
  process.env.YKB_OUTBOX_INTERVAL_MS = '3600000';
  for (const name of [
    'IDENTITY',
    'ITEMS',
    'LICENSES',
    'HALLS',
    'INTERMEDIARIES',
  ])
    process.env[`YKB_${name}_URL`] = UNREACHABLE_URL;
  cases = await startTestSubgraph(casesSubgraph);
  process.env.YKB_CASES_URL = cases.url;
  gateway = await startGateway(0);
});

afterAll(async () => {
  await gateway?.close();
  await cases?.close();
});

describe('per-role limits at the gateway', () => {
  it('rejects an analyst operation over the cost budget', async () => {
    const analyst = viewerOf([Role.Analyst], { divisionCode: '50' });
    const { status, body } = await post(WIDE_STATISTICS, analyst);
    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    const error = body.errors?.[0];
    expect(error?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(error?.extensions?.limitName).toBe('COST');
    expect(error?.extensions?.limit).toBe(6000);
    expect(error?.extensions?.actual).toBe(6502);
    expect(error?.message).toContain('6502');
    expect(error?.message).toContain('6000');
    expect(error?.message).toContain('by 502');

    const audited = await auditRecordModel(cases.connection)
      .findOne({ service: 'gateway', actorId: analyst.userId })
      .lean();
    expect(audited?.outcome).toBe('REFUSED');
    expect(audited?.code).toBe('QUERY_TOO_COMPLEX');
    expect(audited?.details).toEqual({
      limitName: 'COST',
      limit: 6000,
      actual: 6502,
      suppressed: 0,
    });
  });

  it('runs the same operation for an administrator', async () => {
    const { status, body } = await post(WIDE_STATISTICS, admin);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data?.caseStatistics.byItem).toEqual([]);
  });

  it('rejects an analyst operation over the depth limit', async () => {
    const analyst = viewerOf([Role.Analyst], { divisionCode: '50' });
    let selection = 'code';
    for (let i = 0; i < 8; i++) selection = `parent { ${selection} }`;
    const { status, body } = await post(
      `query { division(code: "500238100205") { ${selection} } }`,
      analyst,
    );
    expect(status).toBe(400);
    const error = body.errors?.[0];
    expect(error?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(error?.extensions?.limitName).toBe('DEPTH');
    expect(error?.extensions?.limit).toBe(8);
    expect(error?.extensions?.actual).toBe(10);
  });

  it('runs a clerk worklist of 100 rows', async () => {
    const { status, body } = await post(WORKLIST, clerk);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data?.worklist).toEqual([]);
  });

  it('rate-limits an analyst and not the clerk', async () => {
    const analyst = viewerOf([Role.Analyst], { divisionCode: '50' });
    // Nine operations of cost 2102 spend 18918 of the 20000 per minute.
    for (let i = 0; i < 9; i++) {
      const { body } = await post(STATISTICS, analyst);
      expect(body.errors).toBeUndefined();
    }
    const { status, body } = await post(STATISTICS, analyst);
    expect(status).toBe(429);
    const error = body.errors?.[0];
    expect(error?.extensions?.code).toBe('REQUEST_RATE_LIMITED');
    expect(error?.extensions?.limitName).toBe('COST_PER_MINUTE');
    expect(error?.extensions?.limit).toBe(20000);
    expect(error?.extensions?.actual).toBe(21020);
    expect(error?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(error?.message).toContain('by 1020');
    const audited = await auditRecordModel(cases.connection)
      .findOne({ service: 'gateway', actorId: analyst.userId })
      .lean();
    expect(audited?.code).toBe('REQUEST_RATE_LIMITED');
    expect(audited?.details?.limitName).toBe('COST_PER_MINUTE');
    expect(audited?.details?.actual).toBe(21020);

    const other = viewerOf([Role.Analyst], { divisionCode: '50' });
    expect((await post(STATISTICS, other)).body.errors).toBeUndefined();
    const worklist = await post(WORKLIST, clerk);
    expect(worklist.body.errors).toBeUndefined();
    expect(worklist.status).toBe(200);
  });

  it('releases concurrent analyst operations', async () => {
    const analyst = viewerOf([Role.Analyst], { divisionCode: '50' });
    const results = await Promise.all(
      Array.from({ length: 4 }, () => post(STATISTICS, analyst)),
    );
    for (const { status, body } of results) {
      const error = body.errors?.[0];
      if (!error) {
        expect(status).toBe(200);
        continue;
      }
      expect(status).toBe(429);
      expect(error.extensions?.limitName).toBe('CONCURRENT_OPERATIONS');
      expect(error.extensions?.limit).toBe(2);
      expect(error.extensions?.actual).toBe(3);
    }
    // Every finished operation released its place, so two run side by side again.
    const pair = await Promise.all([
      post(STATISTICS, analyst),
      post(STATISTICS, analyst),
    ]);
    expect(pair.map((r) => r.body.errors)).toEqual([undefined, undefined]);
  });
});
