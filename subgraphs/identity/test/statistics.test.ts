import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  demoUserId,
  Role,
  type RunningSubgraph,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { identitySubgraph, registerModels } from '../src/index.js';
import { backfillSessionJurisdictions } from '../src/statistics.js';

/**
 * identityStatistics over accounts, sessions and lockouts inserted with
 * fixed dates in the first quarter of 2025, long before the demo accounts
 * the subgraph seeds at start. Every expected figure is counted by hand
 * from the fixtures below.
 */

let subgraph: RunningSubgraph;
let models: ReturnType<typeof registerModels>;
const silentLog = { info: () => {}, warn: () => {}, error: () => {} } as never;

const VILLAGE = '500238100205'; // 城北村, township 城厢镇 500238100
const TOWNSHIP = '500238100';
const OTHER_TOWNSHIP_VILLAGE = '500238101001'; // township 500238101
const OTHER_TOWNSHIP = '500238101';
const COUNTY = '500238'; // 巫溪县
const OTHER_COUNTY = '500103'; // 渝中区

const at = (iso: string) => new Date(iso);

const USERS = [
  {
    _id: 'st-citizen',
    roles: [Role.Citizen],
    divisionCode: VILLAGE,
    createdAt: at('2025-01-10T02:00:00Z'),
  },
  {
    _id: 'st-clerk',
    roles: [Role.Clerk],
    divisionCode: VILLAGE,
    createdAt: at('2025-02-03T02:00:00Z'),
  },
  {
    _id: 'st-window',
    roles: [Role.Clerk, Role.WindowStaff],
    divisionCode: OTHER_TOWNSHIP_VILLAGE,
    createdAt: at('2025-02-20T02:00:00Z'),
  },
  {
    _id: 'st-analyst',
    roles: [Role.Analyst],
    divisionCode: COUNTY,
    createdAt: at('2024-12-20T02:00:00Z'),
  },
  {
    _id: 'st-outside',
    roles: [Role.Citizen],
    divisionCode: OTHER_COUNTY,
    createdAt: at('2025-01-15T02:00:00Z'),
  },
  {
    _id: 'st-later',
    roles: [Role.Clerk],
    divisionCode: VILLAGE,
    createdAt: at('2025-04-02T02:00:00Z'),
  },
].map((user) => ({
  ...user,
  account: user._id,
  kind: user.roles[0] === Role.Citizen ? 'PERSON' : 'STAFF',
  name: '统计测试',
  updatedAt: user.createdAt,
}));

const session = (
  _id: string,
  userId: string,
  createdAt: string,
  divisionCode?: string,
  extra: Record<string, unknown> = {},
) => ({
  _id,
  userId,
  createdAt: at(createdAt),
  expiresAt: at('2026-01-01T00:00:00Z'),
  ...(divisionCode ? { divisionCode, departmentCode: null } : {}),
  ...extra,
});

const SESSIONS = [
  session('st-s1', 'st-citizen', '2025-01-11T02:00:00Z', VILLAGE),
  // 2025-02-01 23:30 in Asia/Shanghai: February.
  session('st-s2', 'st-citizen', '2025-02-01T15:30:00Z', VILLAGE),
  // 2025-02-01 00:30 in Asia/Shanghai, still 31 January in UTC: February.
  session('st-s3', 'st-clerk', '2025-01-31T16:30:00Z', VILLAGE),
  session('st-s4', 'st-window', '2025-03-05T02:00:00Z', OTHER_TOWNSHIP_VILLAGE),
  // An agent acting for a legal person: not a sign-in.
  session('st-s5', 'st-citizen', '2025-03-06T02:00:00Z', VILLAGE, {
    onBehalfOf: 'st-company',
    grantId: 'st-grant',
  }),
  session('st-s6', 'st-outside', '2025-01-20T02:00:00Z', OTHER_COUNTY),
  // 2025-04-01 09:00 in Asia/Shanghai: after the period.
  session('st-s7', 'st-clerk', '2025-04-01T01:00:00Z', VILLAGE),
  // Opened before sessions stored a division: counted once backfilled.
  session('st-s8', 'st-analyst', '2025-03-10T02:00:00Z'),
];

const LOCKOUTS = [
  {
    _id: 'st-l1',
    userId: 'st-clerk',
    account: 'st-clerk',
    divisionCode: VILLAGE,
    departmentCode: null,
    at: at('2025-03-15T02:00:00Z'),
  },
  {
    _id: 'st-l2',
    userId: 'st-outside',
    account: 'st-outside',
    divisionCode: OTHER_COUNTY,
    departmentCode: null,
    at: at('2025-03-15T02:00:00Z'),
  },
];

const FIGURES = 'accounts createdAccounts signIns lockouts';
const STATISTICS = `query($filter: StatisticsFilter!) {
  identityStatistics(filter: $filter) {
    from to departmentCode division { code name nameEn }
    total { ${FIGURES} }
    byMonth { month ${FIGURES} }
    byDivision { division { code } ${FIGURES} }
    accountsByRole { role division { code } accounts }
  }
}`;
const QUARTER = { from: '2025-01-01', to: '2025-03-31', divisionCode: COUNTY };
const analyst = viewerOf([Role.Analyst], { divisionCode: COUNTY });

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(identitySubgraph);
  models = registerModels(subgraph.connection);
  await models.User.collection.insertMany(USERS as never[]);
  await models.Session.collection.insertMany(SESSIONS as never[]);
  await models.SignInLockout.collection.insertMany(LOCKOUTS as never[]);
}, 120000);

afterAll(async () => {
  await subgraph?.close();
});

describe('identityStatistics', () => {
  it('backfills old sessions once', async () => {
    expect(await backfillSessionJurisdictions(models, silentLog)).toBe(1);
    expect(await backfillSessionJurisdictions(models, silentLog)).toBe(0);
    const filled = await models.Session.findById('st-s8').lean<{
      divisionCode?: string | null;
    }>();
    expect(filled?.divisionCode).toBe(COUNTY);
  });

  it('counts the quarter by hand', async () => {
    const result = await graphql(
      subgraph.url,
      STATISTICS,
      { filter: QUARTER },
      analyst,
    );
    expect(result.errors).toBeUndefined();
    const statistics = result.data!.identityStatistics;
    expect(statistics.division).toEqual({
      code: COUNTY,
      name: '巫溪县',
      nameEn: 'Wuxi County',
    });
    expect(statistics.departmentCode).toBeNull();
    // Accounts: citizen, clerk, window, analyst (created before the period).
    // Sign-ins: s1, s2, s3, s4 and the backfilled s8.
    expect(statistics.total).toEqual({
      accounts: 4,
      createdAccounts: 3,
      signIns: 5,
      lockouts: 1,
    });
    expect(statistics.byMonth).toEqual([
      {
        month: '2025-01',
        accounts: 2,
        createdAccounts: 1,
        signIns: 1,
        lockouts: 0,
      },
      {
        month: '2025-02',
        accounts: 4,
        createdAccounts: 2,
        signIns: 2,
        lockouts: 0,
      },
      {
        month: '2025-03',
        accounts: 4,
        createdAccounts: 0,
        signIns: 2,
        lockouts: 1,
      },
    ]);
    expect(statistics.byDivision).toEqual([
      {
        division: { code: COUNTY },
        accounts: 1,
        createdAccounts: 0,
        signIns: 1,
        lockouts: 0,
      },
      {
        division: { code: TOWNSHIP },
        accounts: 2,
        createdAccounts: 2,
        signIns: 3,
        lockouts: 1,
      },
      {
        division: { code: OTHER_TOWNSHIP },
        accounts: 1,
        createdAccounts: 1,
        signIns: 1,
        lockouts: 0,
      },
    ]);
    expect(statistics.accountsByRole).toEqual([
      { role: 'ANALYST', division: { code: COUNTY }, accounts: 1 },
      { role: 'CITIZEN', division: { code: TOWNSHIP }, accounts: 1 },
      { role: 'CLERK', division: { code: TOWNSHIP }, accounts: 1 },
      { role: 'CLERK', division: { code: OTHER_TOWNSHIP }, accounts: 1 },
      { role: 'WINDOW_STAFF', division: { code: OTHER_TOWNSHIP }, accounts: 1 },
    ]);
  });

  it('narrows to a village', async () => {
    const result = await graphql(
      subgraph.url,
      `query($filter: StatisticsFilter!) { identityStatistics(filter: $filter) { total { ${FIGURES} } byDivision { division { code } signIns } } }`,
      { filter: { ...QUARTER, divisionCode: VILLAGE } },
      analyst,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.identityStatistics.total).toEqual({
      accounts: 2,
      createdAccounts: 2,
      signIns: 3,
      lockouts: 1,
    });
    expect(result.data!.identityStatistics.byDivision).toEqual([
      { division: { code: VILLAGE }, signIns: 3 },
    ]);
  });

  it('limits rows with first', async () => {
    const result = await graphql(
      subgraph.url,
      'query($filter: StatisticsFilter!) { identityStatistics(filter: $filter) { accountsByRole(first: 2) { role } byMonth(first: 1) { month } } }',
      { filter: QUARTER },
      analyst,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.identityStatistics.accountsByRole).toEqual([
      { role: 'ANALYST' },
      { role: 'CITIZEN' },
    ]);
    expect(result.data!.identityStatistics.byMonth).toEqual([
      { month: '2025-01' },
    ]);
  });

  it('rejects a division outside the jurisdiction', async () => {
    const result = await graphql(
      subgraph.url,
      STATISTICS,
      { filter: { ...QUARTER, divisionCode: OTHER_COUNTY } },
      analyst,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data ?? null).toBeNull();
  });

  it('rejects a clerk', async () => {
    const result = await graphql(
      subgraph.url,
      STATISTICS,
      { filter: QUARTER },
      viewerOf([Role.Clerk], { divisionCode: VILLAGE }),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('sign-in records for statistics', () => {
  it('stores the division on a new session', async () => {
    const result = await graphql(
      subgraph.url,
      'mutation($a: String!, $p: String!) { signIn(account: $a, password: $p) { token } }',
      { a: 'clerk.chengbei', p: DEMO_PASSWORD },
    );
    expect(result.errors).toBeUndefined();
    const stored = await models.Session.findOne({
      userId: demoUserId('clerk.chengbei'),
    })
      .sort({ createdAt: -1 })
      .lean<{ divisionCode?: string | null; departmentCode?: string | null }>();
    expect(stored?.divisionCode).toBe(VILLAGE);
    expect(stored?.departmentCode).toBeNull();
  });

  it('records a lockout with the division', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await graphql(
        subgraph.url,
        'mutation($a: String!, $p: String!) { signIn(account: $a, password: $p) { token } }',
        { a: 'clerk.wuxi', p: 'wrong-password' },
      );
    }
    const lockouts = await models.SignInLockout.find({
      account: 'clerk.wuxi',
    }).lean<{ divisionCode: string | null; userId: string }[]>();
    expect(lockouts).toHaveLength(1);
    expect(lockouts[0]!.divisionCode).toBe(COUNTY);

    const today = new Date(Date.now() + 8 * 3600_000)
      .toISOString()
      .slice(0, 10);
    const result = await graphql(
      subgraph.url,
      'query($filter: StatisticsFilter!) { identityStatistics(filter: $filter) { total { lockouts } } }',
      { filter: { from: today, to: today, divisionCode: COUNTY } },
      analyst,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.identityStatistics.total.lockouts).toBe(1);
  });

  it('rejects an unknown department', async () => {
    const result = await graphql(
      subgraph.url,
      STATISTICS,
      { filter: { ...QUARTER, departmentCode: 'NOPE' } },
      analyst,
    );
    expect(result.data?.identityStatistics ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('filter.departmentCode');
    expect(result.errors?.[0]?.message).toContain('NOPE');
  });
});
