import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from 'mongoose';
import { connectDatabase, Role, type RunningSubgraph } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { createHallsSubgraph } from '../src/index.js';

// Calls of the seeded halls hall-500238 (巫溪县), hall-500238100205 (a
// village service point in it) and hall-500103 (渝中区) are written straight
// into the database; every expected number was worked out by hand.

function call(
  id: string,
  hallId: string,
  serviceDate: string,
  outcome: 'SERVED' | 'SKIPPED' | 'TRANSFERRED' | null,
  waitSeconds: number | null,
  durationSeconds: number,
  serviceSeconds?: number,
) {
  const calledAt = new Date(`${serviceDate}T01:00:00Z`);
  return {
    _id: `${id}#1`,
    ticketId: id,
    hallId,
    serviceDate,
    category: 'GENERAL',
    windowNumber: 1,
    calledBy: 'u-window',
    calledByName: '张窗口',
    calledAt,
    waitSeconds,
    endedAt: outcome
      ? new Date(calledAt.getTime() + durationSeconds * 1000)
      : null,
    outcome,
    ...(serviceSeconds === undefined ? {} : { serviceSeconds }),
  };
}

const CALLS = [
  call('c1', 'hall-500238', '2026-04-10', 'SERVED', 300, 600),
  call('c2', 'hall-500238', '2026-04-10', 'SKIPPED', 100, 60),
  // The stored service time 200 is used, not the 999 seconds between call and end.
  call('c3', 'hall-500238', '2026-05-02', 'SERVED', null, 999, 200),
  call('c4', 'hall-500238100205', '2026-05-20', 'TRANSFERRED', 500, 30, 30),
  call('c5', 'hall-500103', '2026-05-05', 'SERVED', 900, 400, 400),
  call('c6', 'hall-500238', '2026-03-31', 'SERVED', 10000, 10000, 10000),
  // Still at the window: its wait counts, its outcome not yet.
  call('c7', 'hall-500238', '2026-05-03', null, 700, 0),
];

const FIGURES =
  'served skipped transferred averageWaitSeconds averageServiceSeconds';
const STATISTICS = `query($filter: StatisticsFilter!) { hallStatistics(filter: $filter) {
  from to division { code }
  total { ${FIGURES} }
  byHall { hall { id } ${FIGURES} }
  byDivision { division { code } ${FIGURES} }
  byMonth { month ${FIGURES} }
} }`;
const PERIOD = { from: '2026-04-01', to: '2026-05-31' };

const cityAnalyst = viewerOf([Role.Analyst], { divisionCode: '50' });
const wuxiSupervisor = viewerOf([Role.Supervisor], { divisionCode: '500238' });
const departmentAnalyst = viewerOf([Role.Analyst], {
  divisionCode: '50',
  departmentCode: 'CQ-SCJG',
});
const windowStaff = viewerOf([Role.WindowStaff], {
  divisionCode: '500238',
  hallId: 'hall-500238',
});

let subgraph: RunningSubgraph;
let connection: Connection;

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(createHallsSubgraph({ noShowSweepMs: 0 }));
  connection = await connectDatabase('halls');
  await connection.db!.collection('ticket_calls').insertMany(CALLS as never[]);
});

afterAll(async () => {
  await connection?.close();
  await subgraph?.close();
});

async function statistics(
  viewer: ReturnType<typeof viewerOf>,
  filter: Record<string, unknown>,
) {
  const result = await graphql(subgraph.url, STATISTICS, { filter }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.hallStatistics;
}

describe('hallStatistics', () => {
  it('counts the city by hall, division and month', async () => {
    const stats = await statistics(cityAnalyst, PERIOD);
    expect(stats.division).toEqual({ code: '50' });
    expect(stats.total).toEqual({
      served: 3,
      skipped: 1,
      transferred: 1,
      averageWaitSeconds: 500,
      averageServiceSeconds: 400,
    });
    expect(stats.byHall).toEqual([
      {
        hall: { id: 'hall-500103' },
        served: 1,
        skipped: 0,
        transferred: 0,
        averageWaitSeconds: 900,
        averageServiceSeconds: 400,
      },
      {
        hall: { id: 'hall-500238' },
        served: 2,
        skipped: 1,
        transferred: 0,
        averageWaitSeconds: 366.67,
        averageServiceSeconds: 400,
      },
      {
        hall: { id: 'hall-500238100205' },
        served: 0,
        skipped: 0,
        transferred: 1,
        averageWaitSeconds: 500,
        averageServiceSeconds: null,
      },
    ]);
    expect(stats.byDivision).toEqual([
      {
        division: { code: '5001' },
        served: 1,
        skipped: 0,
        transferred: 0,
        averageWaitSeconds: 900,
        averageServiceSeconds: 400,
      },
      {
        division: { code: '5002' },
        served: 2,
        skipped: 1,
        transferred: 1,
        averageWaitSeconds: 400,
        averageServiceSeconds: 400,
      },
    ]);
    expect(stats.byMonth).toEqual([
      {
        month: '2026-04',
        served: 1,
        skipped: 1,
        transferred: 0,
        averageWaitSeconds: 200,
        averageServiceSeconds: 600,
      },
      {
        month: '2026-05',
        served: 2,
        skipped: 0,
        transferred: 1,
        averageWaitSeconds: 700,
        averageServiceSeconds: 300,
      },
    ]);
  });

  it('stores the service time of ended calls', async () => {
    const stored = await connection
      .db!.collection('ticket_calls')
      .find({ _id: { $in: ['c1#1', 'c2#1', 'c3#1'] } as never })
      .sort({ _id: 1 })
      .toArray();
    expect(stored.map((c) => c.serviceSeconds)).toEqual([600, 60, 200]);
  });

  it('bounds a county supervisor to the county', async () => {
    const stats = await statistics(wuxiSupervisor, PERIOD);
    expect(stats.total).toEqual({
      served: 2,
      skipped: 1,
      transferred: 1,
      averageWaitSeconds: 400,
      averageServiceSeconds: 400,
    });
    expect(stats.byDivision.map((row: any) => row.division.code)).toEqual([
      '500238',
      '500238100',
    ]);
  });

  it('counts every department for a departmental analyst', async () => {
    const stats = await statistics(departmentAnalyst, PERIOD);
    expect(stats.total.served).toBe(3);
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

  it('rejects window staff', async () => {
    const result = await graphql(
      subgraph.url,
      STATISTICS,
      { filter: PERIOD },
      windowStaff,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects an invalid period', async () => {
    const result = await graphql(
      subgraph.url,
      STATISTICS,
      { filter: { from: '2026-05-01', to: '2026-04-01' } },
      cityAnalyst,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects an unknown department', async () => {
    const result = await graphql(
      subgraph.url,
      STATISTICS,
      { filter: { ...PERIOD, departmentCode: 'NOPE' } },
      cityAnalyst,
    );
    expect(result.data?.hallStatistics ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('filter.departmentCode');
    expect(result.errors?.[0]?.message).toContain('NOPE');
  });

  it('accepts a known department and counts every department', async () => {
    const stats = await statistics(cityAnalyst, {
      ...PERIOD,
      departmentCode: 'CQ-MZ',
    });
    const all = await statistics(cityAnalyst, PERIOD);
    expect(stats.total).toEqual(all.total);
  });
});
