import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type RunningSubgraph, type Viewer } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { createHallsSubgraph } from '../src/index.js';

// Each paginated list of the halls subgraph, read page by page over more
// rows than one page has. Rows are inserted straight into the database
// with ties in the first sort key, so the order of tied rows is checked too.

const HALL = 'hall-500238';
const ROWS = 12;
const FIRST = 5;
/** Monday 2026-03-02 09:00 in Asia/Shanghai, before every booking below ends. */
const NOW = new Date('2026-03-02T01:00:00Z');

let subgraph: RunningSubgraph;

const manager = viewerOf([Role.HallManager], {
  divisionCode: '500238',
  hallId: HALL,
});
const citizen = viewerOf([Role.Citizen]);

/** Row i of ROWS, two rows to each value of the first sort key. */
const rows = Array.from({ length: ROWS }, (_, i) => ({
  i,
  pair: Math.floor(i / 2),
  // Descending ids within a pair, so the tie-break is not insertion order.
  suffix: String(ROWS - i).padStart(2, '0'),
}));

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(
    createHallsSubgraph({ now: () => NOW, noShowSweepMs: 0 }),
  );
  const db = subgraph.connection.db!;
  await db.collection('appointments').insertMany(
    rows.map(({ pair, suffix }) => {
      // 2026-03-10 from 09:00 Asia/Shanghai, one slot per pair.
      const startsAt = new Date(Date.UTC(2026, 2, 10, 1, pair * 10));
      return {
        _id: `paging-booking-${suffix}`,
        hallId: HALL,
        citizenId: citizen.userId,
        category: 'GENERAL',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 10 * 60_000),
        placeNumber: 1,
        status: 'BOOKED',
        version: 0,
      };
    }) as never[],
  );
  await db.collection('hall_staff').insertMany(
    rows.map(({ pair, suffix }) => ({
      _id: `${HALL}/paging-staff-${suffix}`,
      hallId: HALL,
      staffUserId: `paging-staff-${suffix}`,
      staffName: `员工${pair}`,
      windowManager: false,
      since: NOW,
    })) as never[],
  );
  await db.collection('staff_attendance').insertMany(
    rows.map(({ pair, suffix }) => ({
      _id: `${HALL}/paging-staff-${suffix}/2026-03-02`,
      hallId: HALL,
      staffUserId: `paging-staff-${suffix}`,
      staffName: `员工${pair}`,
      date: '2026-03-02',
      checkedInAt: new Date(Date.UTC(2026, 2, 2, 0, pair)),
      checkedOutAt: null,
      version: 0,
    })) as never[],
  );
  await db.collection('duty_rosters').insertMany(
    rows.map(({ i }) => {
      const date = `2026-03-${String(i + 1).padStart(2, '0')}`;
      return {
        _id: `${HALL}/${date}`,
        hallId: HALL,
        date,
        duties: [],
        updatedBy: manager.userId,
        updatedAt: NOW,
        version: 0,
      };
    }) as never[],
  );
  await db.collection('staff_requests').insertMany(
    rows.map(({ pair, suffix }) => ({
      _id: `paging-request-${suffix}`,
      kind: 'LEAVE',
      hallId: HALL,
      requesterId: `paging-staff-${suffix}`,
      requesterName: `员工${pair}`,
      requestedAt: new Date(Date.UTC(2026, 1, 20 + pair)),
      status: 'PENDING',
      version: 0,
    })) as never[],
  );
});

afterAll(async () => {
  await subgraph?.close();
});

/** Reads every page of the list `field`, FIRST rows at a time, and returns each row's `key`. */
async function allPages(
  field: string,
  args: string,
  key: string,
  viewer: Viewer,
): Promise<string[]> {
  const query = `query($first: Int, $offset: Int) {
    ${field}(${args}${args ? ', ' : ''}first: $first, offset: $offset) { ${key} }
  }`;
  const keys: string[] = [];
  for (let offset = 0; ; offset += FIRST) {
    const result = await graphql(
      subgraph.url,
      query,
      { first: FIRST, offset },
      viewer,
    );
    expect(result.errors).toBeUndefined();
    const page = result.data![field] as Record<string, string>[];
    expect(page.length).toBeLessThanOrEqual(FIRST);
    keys.push(...page.map((row) => row[key]!));
    if (page.length < FIRST) return keys;
  }
}

/** Ids of `rows` ordered by the pair, ascending or descending, then by suffix ascending. */
function expectedOrder(
  id: (suffix: string) => string,
  direction: 1 | -1 = 1,
): string[] {
  return [...rows]
    .sort(
      (a, b) =>
        direction * (a.pair - b.pair) || a.suffix.localeCompare(b.suffix),
    )
    .map((row) => id(row.suffix));
}

describe('paginated hall lists', () => {
  it('pages hallAppointments by slot, then id', async () => {
    const ids = await allPages(
      'hallAppointments',
      `hallId: "${HALL}", date: "2026-03-10"`,
      'id',
      manager,
    );
    expect(ids).toEqual(expectedOrder((s) => `paging-booking-${s}`));
  });

  it('pages myAppointments latest slot first', async () => {
    const ids = await allPages('myAppointments', '', 'id', citizen);
    expect(ids).toEqual(expectedOrder((s) => `paging-booking-${s}`, -1));
  });

  it('pages hallStaff by name, then user id', async () => {
    const ids = await allPages(
      'hallStaff',
      `hallId: "${HALL}"`,
      'staffUserId',
      manager,
    );
    expect(ids).toEqual(expectedOrder((s) => `paging-staff-${s}`));
  });

  it('pages hallAttendance by check-in, then id', async () => {
    const ids = await allPages(
      'hallAttendance',
      `hallId: "${HALL}", date: "2026-03-02"`,
      'staffUserId',
      manager,
    );
    expect(ids).toEqual(expectedOrder((s) => `paging-staff-${s}`));
  });

  it('pages dutyRosters by date', async () => {
    const dates = await allPages(
      'dutyRosters',
      `hallId: "${HALL}", from: "2026-03-01", to: "2026-03-31"`,
      'date',
      manager,
    );
    expect(dates).toEqual(
      rows.map(({ i }) => `2026-03-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('pages staffRequests latest first, then id', async () => {
    const ids = await allPages(
      'staffRequests',
      `hallId: "${HALL}"`,
      'id',
      manager,
    );
    expect(ids).toEqual(expectedOrder((s) => `paging-request-${s}`, -1));
  });
});
