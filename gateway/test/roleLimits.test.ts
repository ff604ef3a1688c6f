import { createServer, type Server } from 'node:http';
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
 * costs 1, caseStatistics 250 more, and the selection under a list counts
 * once per row of its `first`. A second gateway on the same database checks
 * that the limits hold across gateway processes.
 */

const UNREACHABLE_URL = 'http://127.0.0.1:1/graphql';
const PERIOD = '{ from: "2026-01-01", to: "2026-03-31" }';
const FIGURES =
  'submitted accepted decided onTime late onTimeRate averageHandlingWorkingDays evaluations satisfied satisfactionRate averageEvaluationScore departmentCode';

// 1 + 250 + (1 + 500 rows x 12 fields) = 6252.
const WIDE_STATISTICS = `query { caseStatistics(filter: ${PERIOD}) { byItem(first: 500) { ${FIGURES} } } }`;
// 1 + 250 + (1 + 400 rows x (item 1 + id 1 + submitted 1 + onTimeRate 1)) = 1852.
const STATISTICS = `query { caseStatistics(filter: ${PERIOD}) { byItem(first: 400) { item { id } submitted onTimeRate } } }`;
// 1 + 100 rows x 3 fields = 301.
const WORKLIST = 'query { worklist(first: 100) { id caseNumber status } }';

let cases: RunningSubgraph;
let gateway: RunningGateway;
let secondGateway: RunningGateway;
// Two more gateways whose calls to the cases subgraph wait SLOW_MS first, so operations overlap.
const SLOW_MS = 5000;
let slowProxy: Server;
let slowGateways: RunningGateway[] = [];

/** Starts a proxy that forwards each request to `target` after SLOW_MS. */
async function startSlowProxy(target: string): Promise<string> {
  slowProxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      await new Promise((done) => setTimeout(done, SLOW_MS));
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(
          (entry): entry is [string, string] =>
            typeof entry[1] === 'string' && entry[0] !== 'host',
        ),
      );
      const response = await fetch(target, {
        method: 'POST',
        headers,
        body: Buffer.concat(chunks),
      });
      res.writeHead(response.status, { 'content-type': 'application/json' });
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((done) => slowProxy.listen(0, '127.0.0.1', done));
  const address = slowProxy.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
}

const clerk = viewerOf([Role.Clerk], { divisionCode: '500238100205' });
const admin = viewerOf([Role.Admin], { divisionCode: '50' });

async function post(
  query: string,
  viewer: ReturnType<typeof viewerOf>,
  target: RunningGateway = gateway,
) {
  const response = await fetch(target.url, {
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
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body,
  };
}

/** Sends STATISTICS `count` times through `target`, each of which must succeed. */
async function spend(
  viewer: ReturnType<typeof viewerOf>,
  count: number,
  target: RunningGateway = gateway,
): Promise<void> {
  for (let i = 0; i < count; i++) {
    const { body } = await post(STATISTICS, viewer, target);
    expect(body.errors, `operation ${i + 1}`).toBeUndefined();
  }
}

/** Syncs `target`'s shared counters until it counts `count` running operations of `key`. */
async function runningReaches(
  target: RunningGateway,
  key: string,
  count: number,
): Promise<void> {
  while ((await target.limitTotals(key)).running !== count)
    await new Promise((done) => setTimeout(done, 50));
}

/** Waits for the next minute when less than 20 s of this one are left, so that one budget window covers a whole test. */
async function awaitFreshMinute(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 20_000) await new Promise((done) => setTimeout(done, left + 100));
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
  secondGateway = await startGateway(0);
  process.env.YKB_CASES_URL = await startSlowProxy(cases.url);
  slowGateways = [await startGateway(0), await startGateway(0)];
  process.env.YKB_CASES_URL = cases.url;
});

afterAll(async () => {
  for (const slow of slowGateways) await slow.close();
  await new Promise((done) => slowProxy?.close(done));
  await secondGateway?.close();
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
    expect(error?.extensions?.actual).toBe(6252);
    expect(error?.message).toContain('6252');
    expect(error?.message).toContain('6000');
    expect(error?.message).toContain('by 252');

    const audited = await auditRecordModel(cases.connection)
      .findOne({ service: 'gateway', actorId: analyst.userId })
      .lean();
    expect(audited?.outcome).toBe('REFUSED');
    expect(audited?.code).toBe('QUERY_TOO_COMPLEX');
    expect(audited?.details).toEqual({
      limitName: 'COST',
      limit: 6000,
      actual: 6252,
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
    expect(error?.message).toContain('Select fewer levels of nested fields');
    expect(error?.message).not.toContain('`first`');
  });

  it('runs a clerk worklist of 100 rows', async () => {
    const { status, body } = await post(WORKLIST, clerk);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data?.worklist).toEqual([]);
  });

  it('rate-limits an analyst and not the clerk', async () => {
    const analyst = viewerOf([Role.Analyst], { divisionCode: '50' });
    await awaitFreshMinute();
    // Sixteen operations of cost 1852 spend 29632 of the 31000 per minute.
    await spend(analyst, 16);
    const { status, body } = await post(STATISTICS, analyst);
    expect(status).toBe(429);
    const error = body.errors?.[0];
    expect(error?.extensions?.code).toBe('REQUEST_RATE_LIMITED');
    expect(error?.extensions?.limitName).toBe('COST_PER_MINUTE');
    expect(error?.extensions?.limit).toBe(31000);
    expect(error?.extensions?.actual).toBe(31484);
    expect(error?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(error?.message).toContain('by 484');
    const audited = await auditRecordModel(cases.connection)
      .findOne({ service: 'gateway', actorId: analyst.userId })
      .lean();
    expect(audited?.code).toBe('REQUEST_RATE_LIMITED');
    expect(audited?.details?.limitName).toBe('COST_PER_MINUTE');
    expect(audited?.details?.actual).toBe(31484);

    const other = viewerOf([Role.Analyst], { divisionCode: '50' });
    expect((await post(STATISTICS, other)).body.errors).toBeUndefined();
    const worklist = await post(WORKLIST, clerk);
    expect(worklist.body.errors).toBeUndefined();
    expect(worklist.status).toBe(200);
  });

  it('holds the cost budget across gateways', async () => {
    const analyst = viewerOf([Role.Analyst], { divisionCode: '50' });
    await awaitFreshMinute();
    const key = `user:${analyst.userId}`;
    // Nine operations of cost 1852 through the first gateway spend 16668.
    await spend(analyst, 9);
    await gateway.limitTotals(key);
    expect((await secondGateway.limitTotals(key)).cost).toBe(16668);
    // Seven more through the second gateway bring it to 29632 of 31000.
    await spend(analyst, 7, secondGateway);
    const { status, retryAfter, body } = await post(
      STATISTICS,
      analyst,
      secondGateway,
    );
    expect(status).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    const error = body.errors?.[0];
    expect(error?.extensions?.code).toBe('REQUEST_RATE_LIMITED');
    expect(error?.extensions?.limitName).toBe('COST_PER_MINUTE');
    expect(error?.extensions?.limit).toBe(31000);
    expect(error?.extensions?.actual).toBe(31484);
    expect(error?.message).toContain('maximum of 31000 per minute by 484');

    await secondGateway.limitTotals(key);
    expect((await gateway.limitTotals(key)).cost).toBe(29632);
    const back = await post(STATISTICS, analyst);
    expect(back.status).toBe(429);
    expect(back.body.errors?.[0]?.extensions?.actual).toBe(31484);
  }, 90_000);

  it('counts running operations across gateways', async () => {
    const analyst = viewerOf([Role.Analyst], { divisionCode: '50' });
    const [one, two] = slowGateways as [RunningGateway, RunningGateway];
    const key = `user:${analyst.userId}`;
    // Two operations held for SLOW_MS at the first gateway use the analyst's two at once.
    const running = [
      post(STATISTICS, analyst, one),
      post(STATISTICS, analyst, one),
    ];
    await runningReaches(one, key, 2);
    await runningReaches(two, key, 2);
    const third = await post(STATISTICS, analyst, two);
    expect(third.status).toBe(429);
    expect(third.retryAfter).toBe('1');
    const error = third.body.errors?.[0];
    expect(error?.extensions?.limitName).toBe('CONCURRENT_OPERATIONS');
    expect(error?.extensions?.retryAfterSeconds).toBe(1);
    expect(error?.extensions?.limit).toBe(2);
    expect(error?.extensions?.actual).toBe(3);
    for (const { body } of await Promise.all(running))
      expect(body.errors).toBeUndefined();

    await runningReaches(one, key, 0);
    await runningReaches(two, key, 0);
    const after = await post(STATISTICS, analyst, two);
    expect(after.body.errors).toBeUndefined();
  }, 90_000);

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
