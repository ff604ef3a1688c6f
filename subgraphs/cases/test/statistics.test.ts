import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from 'mongoose';
import { connectDatabase, Role, type RunningSubgraph } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { casesSubgraph } from '../src/index.js';
import { UNREACHABLE_URL } from './stack.js';

// A fixed dataset is written straight into the cases database, and every
// expected number below was worked out by hand from it on the 2026 holiday
// calendar (1-5 May off, Saturday 9 May a make-up workday).

const I1 = '11500000MB1234567X00000000000001';
const I2 = '11500000MB1234567X00000000000002';
const WUXI_VILLAGE = '500238100205';
const WUXI = '500238';
const YUZHONG = '500103';

const utc = (iso: string) => new Date(iso);

function caseRecord(
  id: string,
  fields: {
    itemId: string;
    divisionCode: string;
    departmentCode: string;
    submittedAt: string;
    acceptedAt?: string;
    decidedAt?: string;
    decisionTimeliness?: 'ON_TIME' | 'LATE';
    handlingWorkingDays?: number;
    pauses?: Record<string, unknown>[];
  },
) {
  return {
    _id: id,
    caseNumber: `N-${id}`,
    itemId: fields.itemId,
    itemName: '测试事项',
    divisionCode: fields.divisionCode,
    departmentCode: fields.departmentCode,
    applicantUserId: `applicant-${id}`,
    applicantName: '王某某',
    applicantIdNumber: '500238199001011234',
    status: fields.decidedAt ? 'APPROVED' : 'SUBMITTED',
    submittedAt: utc(fields.submittedAt),
    acceptedAt: fields.acceptedAt ? utc(fields.acceptedAt) : null,
    decidedAt: fields.decidedAt ? utc(fields.decidedAt) : null,
    decisionTimeliness: fields.decisionTimeliness ?? null,
    ...(fields.handlingWorkingDays === undefined
      ? {}
      : { handlingWorkingDays: fields.handlingWorkingDays }),
    pauses: fields.pauses ?? [],
    promisedLimitDays: 5,
    statutoryLimitDays: 20,
    version: 1,
  };
}

function evaluation(
  id: string,
  itemId: string,
  divisionCode: string,
  departmentCode: string,
  score: number,
  createdAt: string,
) {
  return {
    _id: id,
    caseId: `case-of-${id}`,
    caseNumber: `N-${id}`,
    itemId,
    itemName: '测试事项',
    departmentCode,
    divisionCode,
    applicantUserId: `applicant-${id}`,
    level: 'SATISFIED',
    score,
    reasons: [],
    comment: null,
    idempotencyKey: id,
    createdAt: utc(createdAt),
  };
}

const CASES = [
  // Handling 3: 30 Apr, 6 May, 7 May (1-5 May are holidays).
  caseRecord('a', {
    itemId: I1,
    divisionCode: WUXI_VILLAGE,
    departmentCode: 'CQ-MZ',
    submittedAt: '2026-04-28T02:00:00Z',
    acceptedAt: '2026-04-29T02:00:00Z',
    decidedAt: '2026-05-07T02:00:00Z',
    decisionTimeliness: 'ON_TIME',
  }),
  // 7, 8, 9 (make-up workday) and 11 May are 4 working days, less 1 paused.
  caseRecord('b', {
    itemId: I1,
    divisionCode: WUXI_VILLAGE,
    departmentCode: 'CQ-MZ',
    submittedAt: '2026-05-06T01:00:00Z',
    acceptedAt: '2026-05-06T03:00:00Z',
    decidedAt: '2026-05-11T02:00:00Z',
    decisionTimeliness: 'LATE',
    pauses: [
      {
        reason: 'CORRECTION',
        procedure: null,
        from: utc('2026-05-07T02:00:00Z'),
        to: utc('2026-05-08T02:00:00Z'),
        excludedWorkingDays: 1,
        resumeStatus: 'ACCEPTED',
      },
    ],
  }),
  // 01:00 on 1 June in Asia/Shanghai, so a June submission.
  caseRecord('c', {
    itemId: I2,
    divisionCode: WUXI,
    departmentCode: 'CQ-SCJG',
    submittedAt: '2026-05-31T17:00:00Z',
  }),
  // Stored handling time 7 is used as stored.
  caseRecord('d', {
    itemId: I2,
    divisionCode: YUZHONG,
    departmentCode: 'CQ-SCJG',
    submittedAt: '2026-05-10T00:00:00Z',
    acceptedAt: '2026-05-10T01:00:00Z',
    decidedAt: '2026-05-12T02:00:00Z',
    decisionTimeliness: 'ON_TIME',
    handlingWorkingDays: 7,
  }),
  // 23:59 on 31 March in Asia/Shanghai: before the period.
  caseRecord('e', {
    itemId: I1,
    divisionCode: WUXI_VILLAGE,
    departmentCode: 'CQ-MZ',
    submittedAt: '2026-03-31T15:59:00Z',
    acceptedAt: '2026-03-31T15:59:30Z',
    decidedAt: '2026-03-31T15:59:59Z',
    decisionTimeliness: 'ON_TIME',
  }),
  // Submitted before the period, decided on 1 April: handling 8 (23-27, 30, 31 March, 1 April).
  caseRecord('f', {
    itemId: I1,
    divisionCode: WUXI_VILLAGE,
    departmentCode: 'CQ-MZ',
    submittedAt: '2026-03-20T02:00:00Z',
    acceptedAt: '2026-03-20T03:00:00Z',
    decidedAt: '2026-04-01T00:30:00Z',
    decisionTimeliness: 'LATE',
  }),
];

const EVALUATIONS = [
  evaluation('v1', I1, WUXI_VILLAGE, 'CQ-MZ', 5, '2026-05-08T02:00:00Z'),
  evaluation('v2', I1, WUXI_VILLAGE, 'CQ-MZ', 2, '2026-05-12T02:00:00Z'),
  evaluation('v3', I2, YUZHONG, 'CQ-SCJG', 4, '2026-05-13T02:00:00Z'),
  // 08:00 on 1 July in Asia/Shanghai: after the period.
  evaluation('v4', I2, YUZHONG, 'CQ-SCJG', 5, '2026-07-01T00:00:00Z'),
];

const FIGURES =
  'submitted accepted decided onTime late onTimeRate averageHandlingWorkingDays evaluations satisfied satisfactionRate averageEvaluationScore';
const STATISTICS = `query($filter: StatisticsFilter!) { caseStatistics(filter: $filter) {
  from to division { code } departmentCode
  total { ${FIGURES} }
  byItem { item { id } ${FIGURES} }
  byDepartment { departmentCode ${FIGURES} }
  byDivision { division { code } ${FIGURES} }
  byMonth { month ${FIGURES} }
} }`;
const TOTAL = `query($filter: StatisticsFilter!) { caseStatistics(filter: $filter) { departmentCode total { ${FIGURES} } } }`;

const PERIOD = { from: '2026-04-01', to: '2026-06-30' };
const cityAnalyst = viewerOf([Role.Analyst], { divisionCode: '50' });
const wuxiAnalyst = viewerOf([Role.Analyst], { divisionCode: WUXI });
const marketSupervisor = viewerOf([Role.Supervisor], {
  divisionCode: '50',
  departmentCode: 'CQ-SCJG',
});
const clerk = viewerOf([Role.Clerk], { divisionCode: WUXI_VILLAGE });

const NONE = {
  evaluations: 0,
  satisfied: 0,
  satisfactionRate: null,
  averageEvaluationScore: null,
};
const ITEM_1 = {
  submitted: 2,
  accepted: 2,
  decided: 3,
  onTime: 1,
  late: 2,
  onTimeRate: 0.3333,
  averageHandlingWorkingDays: 4.67,
  evaluations: 2,
  satisfied: 1,
  satisfactionRate: 0.5,
  averageEvaluationScore: 3.5,
};
const ITEM_2 = {
  submitted: 2,
  accepted: 1,
  decided: 1,
  onTime: 1,
  late: 0,
  onTimeRate: 1,
  averageHandlingWorkingDays: 7,
  evaluations: 1,
  satisfied: 1,
  satisfactionRate: 1,
  averageEvaluationScore: 4,
};

let subgraph: RunningSubgraph;
let connection: Connection;

beforeAll(async () => {
  isolateDatabase();
  process.env.YKB_CALENDAR_SYNC = 'off';
  process.env.YKB_OUTBOX_INTERVAL_MS = '3600000';
  for (const name of [
    'YKB_IDENTITY_URL',
    'YKB_ITEMS_URL',
    'YKB_LICENSES_URL',
    'YKB_HALLS_URL',
  ])
    process.env[name] = UNREACHABLE_URL;
  subgraph = await startTestSubgraph(casesSubgraph);
  connection = await connectDatabase('cases');
  await connection.db!.collection('cases').insertMany(CASES as never[]);
  await connection
    .db!.collection('evaluations')
    .insertMany(EVALUATIONS as never[]);
});

afterAll(async () => {
  await connection?.close();
  await subgraph?.close();
});

async function statistics(
  viewer: ReturnType<typeof viewerOf>,
  filter: Record<string, unknown>,
  query = STATISTICS,
) {
  const result = await graphql(subgraph.url, query, { filter }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.caseStatistics;
}

async function errorOf(
  viewer: ReturnType<typeof viewerOf>,
  filter: Record<string, unknown>,
) {
  const result = await graphql(subgraph.url, TOTAL, { filter }, viewer);
  expect(result.data?.caseStatistics ?? null).toBeNull();
  return result.errors?.[0];
}

describe('caseStatistics', () => {
  it('counts the city by item, department, division and month', async () => {
    const stats = await statistics(cityAnalyst, PERIOD);
    expect(stats.from).toBe('2026-04-01');
    expect(stats.to).toBe('2026-06-30');
    expect(stats.division).toEqual({ code: '50' });
    expect(stats.departmentCode).toBeNull();
    expect(stats.total).toEqual({
      submitted: 4,
      accepted: 3,
      decided: 4,
      onTime: 2,
      late: 2,
      onTimeRate: 0.5,
      averageHandlingWorkingDays: 5.25,
      evaluations: 3,
      satisfied: 2,
      satisfactionRate: 0.6667,
      averageEvaluationScore: 3.67,
    });
    expect(stats.byItem).toEqual([
      { item: { id: I1 }, ...ITEM_1 },
      { item: { id: I2 }, ...ITEM_2 },
    ]);
    expect(stats.byDepartment).toEqual([
      { departmentCode: 'CQ-MZ', ...ITEM_1 },
      { departmentCode: 'CQ-SCJG', ...ITEM_2 },
    ]);
    expect(stats.byDivision).toEqual([
      {
        division: { code: '5001' },
        submitted: 1,
        accepted: 1,
        decided: 1,
        onTime: 1,
        late: 0,
        onTimeRate: 1,
        averageHandlingWorkingDays: 7,
        evaluations: 1,
        satisfied: 1,
        satisfactionRate: 1,
        averageEvaluationScore: 4,
      },
      {
        division: { code: '5002' },
        submitted: 3,
        accepted: 2,
        decided: 3,
        onTime: 1,
        late: 2,
        onTimeRate: 0.3333,
        averageHandlingWorkingDays: 4.67,
        evaluations: 2,
        satisfied: 1,
        satisfactionRate: 0.5,
        averageEvaluationScore: 3.5,
      },
    ]);
    expect(stats.byMonth).toEqual([
      {
        month: '2026-04',
        submitted: 1,
        accepted: 1,
        decided: 1,
        onTime: 0,
        late: 1,
        onTimeRate: 0,
        averageHandlingWorkingDays: 8,
        ...NONE,
      },
      {
        month: '2026-05',
        submitted: 2,
        accepted: 2,
        decided: 3,
        onTime: 2,
        late: 1,
        onTimeRate: 0.6667,
        averageHandlingWorkingDays: 4.33,
        evaluations: 3,
        satisfied: 2,
        satisfactionRate: 0.6667,
        averageEvaluationScore: 3.67,
      },
      {
        month: '2026-06',
        submitted: 1,
        accepted: 0,
        decided: 0,
        onTime: 0,
        late: 0,
        onTimeRate: null,
        averageHandlingWorkingDays: null,
        ...NONE,
      },
    ]);
  });

  it('stores the handling time of decided cases', async () => {
    await statistics(cityAnalyst, PERIOD, TOTAL);
    const stored = await connection
      .db!.collection('cases')
      .find({}, { projection: { handlingWorkingDays: 1 } })
      .sort({ _id: 1 })
      .toArray();
    expect(
      Object.fromEntries(stored.map((c) => [c._id, c.handlingWorkingDays])),
    ).toEqual({ a: 3, b: 3, c: undefined, d: 7, e: undefined, f: 8 });
  });

  it('bounds a county analyst to the county', async () => {
    const stats = await statistics(wuxiAnalyst, PERIOD);
    expect(stats.division).toEqual({ code: WUXI });
    expect(stats.total.submitted).toBe(3);
    expect(stats.total.decided).toBe(3);
    expect(stats.total.evaluations).toBe(2);
    expect(stats.byDivision).toEqual([
      {
        division: { code: WUXI },
        submitted: 1,
        accepted: 0,
        decided: 0,
        onTime: 0,
        late: 0,
        onTimeRate: null,
        averageHandlingWorkingDays: null,
        ...NONE,
      },
      {
        division: { code: '500238100' },
        ...ITEM_1,
      },
    ]);
  });

  it('bounds a departmental viewer to the department', async () => {
    const stats = await statistics(marketSupervisor, PERIOD, TOTAL);
    expect(stats.departmentCode).toBe('CQ-SCJG');
    expect(stats.total).toEqual(ITEM_2);
  });

  it('narrows the city to a department and a period', async () => {
    const stats = await statistics(
      cityAnalyst,
      { from: '2026-05-01', to: '2026-05-31', departmentCode: 'CQ-MZ' },
      TOTAL,
    );
    expect(stats.total).toEqual({
      submitted: 1,
      accepted: 1,
      decided: 2,
      onTime: 1,
      late: 1,
      onTimeRate: 0.5,
      averageHandlingWorkingDays: 3,
      evaluations: 2,
      satisfied: 1,
      satisfactionRate: 0.5,
      averageEvaluationScore: 3.5,
    });
  });

  it('rejects a division outside the jurisdiction', async () => {
    const error = await errorOf(wuxiAnalyst, {
      ...PERIOD,
      divisionCode: YUZHONG,
    });
    expect(error?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects another department', async () => {
    const error = await errorOf(marketSupervisor, {
      ...PERIOD,
      departmentCode: 'CQ-MZ',
    });
    expect(error?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects clerks', async () => {
    const error = await errorOf(clerk, PERIOD);
    expect(error?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects invalid periods', async () => {
    const cases = [
      { from: '2026-02-30', to: '2026-03-01' },
      { from: '2026/04/01', to: '2026-04-30' },
      { from: '2026-05-01', to: '2026-04-30' },
    ];
    for (const filter of cases) {
      const error = await errorOf(cityAnalyst, filter);
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('rejects years outside 1900 to 2200', async () => {
    const cases = [
      {
        filter: { from: '1899-12-01', to: '1900-01-31' },
        field: 'filter.from',
      },
      { filter: { from: '2200-12-01', to: '2201-01-31' }, field: 'filter.to' },
    ];
    for (const { filter, field } of cases) {
      const error = await errorOf(cityAnalyst, filter);
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.extensions?.field).toBe(field);
      expect(error?.message).toContain('1900 to 2200');
    }
  });

  it('rejects an unknown department', async () => {
    const error = await errorOf(cityAnalyst, {
      ...PERIOD,
      departmentCode: 'NOPE',
    });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.field).toBe('filter.departmentCode');
    expect(error?.message).toContain('Department NOPE does not exist');
  });

  it('rejects a period over the maximum', async () => {
    const error = await errorOf(cityAnalyst, {
      from: '2024-01-01',
      to: '2026-01-01',
    });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.limit).toBe(731);
    expect(error?.extensions?.actual).toBe(732);
  });

  it('rejects a page size over the maximum', async () => {
    const result = await graphql(
      subgraph.url,
      `
        query ($filter: StatisticsFilter!) {
          caseStatistics(filter: $filter) {
            byItem(first: 501) {
              submitted
            }
          }
        }
      `,
      { filter: PERIOD },
      cityAnalyst,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
