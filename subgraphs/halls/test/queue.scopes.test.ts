import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSubgraph, Viewer } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { createHallsSubgraph } from '../src/index.js';

let subgraph: RunningSubgraph;

const CALL =
  'mutation($h: ID!, $w: Int!) { callNext(hallId: $h, windowNumber: $w) { id } }';
const TAKE =
  'mutation($h: ID!, $k: String!) { takeTicket(hallId: $h, category: GENERAL, idempotencyKey: $k) { number } }';

beforeAll(async () => {
  isolateDatabase();
  // Monday 10:00 in Asia/Shanghai, within the seeded opening hours, so the
  // tests pass at any hour of the run.
  const now = new Date('2026-03-02T02:00:00Z');
  subgraph = await startTestSubgraph(createHallsSubgraph({ now: () => now }));
});

afterAll(async () => {
  await subgraph?.close();
});

async function callNextAs(
  viewer: Viewer | undefined,
  hallId = 'hall-500238',
  windowNumber = 1,
) {
  return graphql(subgraph.url, CALL, { h: hallId, w: windowNumber }, viewer);
}

describe('callNext scopes', () => {
  it('allows a clerk of the hall and a hall manager of its county', async () => {
    const clerk = viewerOf(['CLERK'], {
      divisionCode: '500238',
      hallId: 'hall-500238',
    });
    const manager = viewerOf(['HALL_MANAGER'], {
      divisionCode: '500238',
      hallId: 'hall-500238',
    });
    expect((await callNextAs(clerk)).errors).toBeUndefined();
    expect((await callNextAs(manager)).errors).toBeUndefined();
  });

  it('allows window staff at their own hall only', async () => {
    const windowStaff = viewerOf(['WINDOW_STAFF'], {
      divisionCode: '500103',
      hallId: 'hall-500103',
    });
    expect(
      (await callNextAs(windowStaff, 'hall-500103')).errors,
    ).toBeUndefined();
    const elsewhere = await callNextAs(windowStaff, 'hall-500238');
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses analysts and auditors', async () => {
    for (const role of ['ANALYST', 'AUDITOR'] as const) {
      const result = await callNextAs(viewerOf([role], { divisionCode: '50' }));
      expect(result.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
  });

  it('allows a county clerk at a village point in the county', async () => {
    const clerk = viewerOf(['CLERK'], {
      divisionCode: '500238',
      hallId: 'hall-500238',
    });
    expect(
      (await callNextAs(clerk, 'hall-500238100205')).errors,
    ).toBeUndefined();
  });

  it('allows a clerk by hall id alone', async () => {
    const clerk = viewerOf(['CLERK'], { hallId: 'hall-500238' });
    expect((await callNextAs(clerk)).errors).toBeUndefined();
  });

  it('rejects a clerk of another hall with FORBIDDEN', async () => {
    const yuzhong = viewerOf(['CLERK'], {
      divisionCode: '500103',
      hallId: 'hall-500103',
    });
    const village = viewerOf(['CLERK'], {
      divisionCode: '500238100205',
      hallId: 'hall-500238100205',
    });
    expect((await callNextAs(yuzhong)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await callNextAs(village)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('rejects a departmental clerk at another department window', async () => {
    const clerk = viewerOf(['CLERK'], {
      divisionCode: '500238',
      hallId: 'hall-500238',
      departmentCode: 'CQ-RS',
    });
    expect(
      (await callNextAs(clerk, 'hall-500238', 2)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await callNextAs(clerk, 'hall-500238', 3)).errors).toBeUndefined();
  });

  it('rejects citizens and other staff roles with FORBIDDEN', async () => {
    const citizen = viewerOf(['CITIZEN'], { divisionCode: '500238' });
    const reviewer = viewerOf(['REVIEWER'], { divisionCode: '50' });
    expect((await callNextAs(citizen)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await callNextAs(reviewer)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('rejects an anonymous caller with UNAUTHENTICATED', async () => {
    expect((await callNextAs(undefined)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('leaves the ticket waiting when the caller is rejected', async () => {
    await graphql(subgraph.url, TAKE, {
      h: 'hall-500103',
      k: `key-${randomBytes(8).toString('hex')}`,
    });
    const clerk = viewerOf(['CLERK'], {
      divisionCode: '500238',
      hallId: 'hall-500238',
    });

    const result = await callNextAs(clerk, 'hall-500103');

    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      await subgraph.connection
        .model('Ticket')
        .countDocuments({ hallId: 'hall-500103', status: 'WAITING' }),
    ).toBe(1);
  });

  it('rejects an unknown hall with NOT_FOUND for staff', async () => {
    const clerk = viewerOf(['CLERK'], { divisionCode: '50' });
    expect(
      (await callNextAs(clerk, 'hall-999')).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('lets anyone take a ticket without signing in', async () => {
    const result = await graphql(subgraph.url, TAKE, {
      h: 'hall-500238100205',
      k: `key-${randomBytes(8).toString('hex')}`,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.takeTicket.number).toBe('A001');
  });
});
