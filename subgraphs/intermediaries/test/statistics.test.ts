import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type RunningSubgraph } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { intermediariesSubgraph } from '../src/index.js';

// Engagements are written straight into the database; every expected number
// was worked out by hand from them.

function engagement(
  id: string,
  divisionCode: string,
  confirmedAt: string,
  contract: 'NONE' | 'ON_TIME' | 'LATE',
  completion: 'NONE' | 'ON_TIME' | 'LATE',
) {
  return {
    _id: id,
    clientPartyId: 'p-client',
    clientOwnerUserId: 'u-client',
    clientName: '重庆某某建设有限公司',
    agencyPartyId: 'p-agency',
    agencyOwnerUserId: 'u-agency',
    agencyName: '某某评估事务所',
    priceFen: 100000,
    divisionCode,
    state:
      completion !== 'NONE'
        ? 'COMPLETED'
        : contract !== 'NONE'
          ? 'CONTRACTED'
          : 'AWAITING_CONTRACT',
    version: 1,
    confirmedAt: new Date(confirmedAt),
    signedOn: null,
    contractDueDate: null,
    contractUploadedAt: contract === 'NONE' ? null : new Date(confirmedAt),
    contractLate: contract === 'LATE',
    contractLateReason: contract === 'LATE' ? '对方延迟签字' : null,
    contractFileId: null,
    deliverableReceivedOn: null,
    completionDueDate: null,
    completedAt: completion === 'NONE' ? null : new Date(confirmedAt),
    completionLate: completion === 'LATE',
    completionLateReason: completion === 'LATE' ? '资料补充' : null,
    evaluation: null,
  };
}

const ENGAGEMENTS = [
  engagement('e1', '500238', '2026-04-05T02:00:00Z', 'ON_TIME', 'ON_TIME'),
  engagement('e2', '500238100205', '2026-04-20T02:00:00Z', 'LATE', 'LATE'),
  engagement('e3', '500103', '2026-05-10T02:00:00Z', 'ON_TIME', 'NONE'),
  // 00:30 on 1 June in Asia/Shanghai: after the period.
  engagement('e4', '500238', '2026-05-31T16:30:00Z', 'ON_TIME', 'NONE'),
  engagement('e5', '500238', '2026-05-20T02:00:00Z', 'NONE', 'NONE'),
];

const FIGURES =
  'engagements contracted contractsLate contractOnTimeRate completed completionsLate completionOnTimeRate';
const STATISTICS = `query($filter: StatisticsFilter!) { intermediaryStatistics(filter: $filter) {
  from to division { code }
  total { ${FIGURES} }
  byDivision { division { code } ${FIGURES} }
  byMonth { month ${FIGURES} }
} }`;
const PERIOD = { from: '2026-04-01', to: '2026-05-31' };

const cityAnalyst = viewerOf([Role.Analyst], { divisionCode: '50' });
const wuxiSupervisor = viewerOf([Role.Supervisor], {
  divisionCode: '500238',
  departmentCode: 'CQ-FGW',
});
const clerk = viewerOf([Role.Clerk], { divisionCode: '500238100205' });

const WUXI = {
  engagements: 3,
  contracted: 2,
  contractsLate: 1,
  contractOnTimeRate: 0.5,
  completed: 2,
  completionsLate: 1,
  completionOnTimeRate: 0.5,
};

let subgraph: RunningSubgraph;

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(intermediariesSubgraph);
  await subgraph.connection
    .db!.collection('engagements')
    .insertMany(ENGAGEMENTS as never[]);
});

afterAll(async () => {
  await subgraph?.close();
});

async function statistics(
  viewer: ReturnType<typeof viewerOf>,
  filter: Record<string, unknown>,
) {
  const result = await graphql(subgraph.url, STATISTICS, { filter }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.intermediaryStatistics;
}

describe('intermediaryStatistics', () => {
  it('counts the city by division and month', async () => {
    const stats = await statistics(cityAnalyst, PERIOD);
    expect(stats.total).toEqual({
      engagements: 4,
      contracted: 3,
      contractsLate: 1,
      contractOnTimeRate: 0.6667,
      completed: 2,
      completionsLate: 1,
      completionOnTimeRate: 0.5,
    });
    expect(stats.byDivision).toEqual([
      {
        division: { code: '5001' },
        engagements: 1,
        contracted: 1,
        contractsLate: 0,
        contractOnTimeRate: 1,
        completed: 0,
        completionsLate: 0,
        completionOnTimeRate: null,
      },
      { division: { code: '5002' }, ...WUXI },
    ]);
    expect(stats.byMonth).toEqual([
      {
        month: '2026-04',
        engagements: 2,
        contracted: 2,
        contractsLate: 1,
        contractOnTimeRate: 0.5,
        completed: 2,
        completionsLate: 1,
        completionOnTimeRate: 0.5,
      },
      {
        month: '2026-05',
        engagements: 2,
        contracted: 1,
        contractsLate: 0,
        contractOnTimeRate: 1,
        completed: 0,
        completionsLate: 0,
        completionOnTimeRate: null,
      },
    ]);
  });

  it('bounds a county supervisor to the county', async () => {
    const stats = await statistics(wuxiSupervisor, PERIOD);
    expect(stats.division).toEqual({ code: '500238' });
    expect(stats.total).toEqual(WUXI);
  });

  it('rejects a division outside the jurisdiction', async () => {
    const result = await graphql(
      subgraph.url,
      STATISTICS,
      { filter: { ...PERIOD, divisionCode: '500103' } },
      wuxiSupervisor,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects clerks', async () => {
    const result = await graphql(
      subgraph.url,
      STATISTICS,
      { filter: PERIOD },
      clerk,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects an unknown department', async () => {
    const result = await graphql(
      subgraph.url,
      STATISTICS,
      { filter: { ...PERIOD, departmentCode: 'NOPE' } },
      cityAnalyst,
    );
    expect(result.data?.intermediaryStatistics ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('filter.departmentCode');
    expect(result.errors?.[0]?.message).toContain('NOPE');
  });
});
