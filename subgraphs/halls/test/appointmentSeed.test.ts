import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  calendar,
  HALLS,
  shanghaiDate,
  type Logger,
  type RunningSubgraph,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { createHallsSubgraph } from '../src/index.js';
import { registerModels, type HallModels } from '../src/model.js';
import { SEEDED_RULE_AUTHOR, seedAppointmentSlotRules } from '../src/seed.js';

let subgraph: RunningSubgraph;
let models: HallModels;
/** Clock of the subgraph under test: Friday 2026-03-06 10:00 in Asia/Shanghai unless a test moves it. */
let clock = new Date('2026-03-06T02:00:00Z');

const HALL = 'hall-500238';
const VILLAGE_HALL = 'hall-500238100205';

const RULES = `query($h: ID!) {
  appointmentSlotRules(hallId: $h) {
    category weekdays timeWindows { start end } slotMinutes capacity
  }
}`;
const SLOTS = `query($h: ID!, $c: BusinessCategory!, $d: String!) {
  appointmentSlots(hallId: $h, category: $c, date: $d) { localDate localStart localEnd capacity freePlaces startsAt }
}`;
const CONFIGURE = `mutation($h: ID!, $c: BusinessCategory!, $d: [Int!]!, $w: [TimeWindowInput!]!, $m: Int!, $n: Int!) {
  configureAppointmentSlots(hallId: $h, category: $c, weekdays: $d, timeWindows: $w, slotMinutes: $m, capacity: $n) { capacity }
}`;
const BOOK = `mutation($h: ID!, $c: BusinessCategory!, $s: String!, $k: String!) {
  bookAppointment(hallId: $h, category: $c, startsAt: $s, idempotencyKey: $k) { localDate localStart placeNumber status }
}`;

interface SlotView {
  localDate: string;
  localStart: string;
  localEnd: string;
  capacity: number;
  freePlaces: number;
  startsAt: string;
}

interface RuleView {
  category: string;
  weekdays: number[];
  timeWindows: { start: string; end: string }[];
  slotMinutes: number;
  capacity: number;
}

/** Builds a logger that records warnings and drops other output. */
function quietLog() {
  const warn = vi.fn();
  const log = { info: () => {}, warn } as unknown as Logger;
  return { log, warn };
}

async function slotsOn(hallId: string, category: string, date: string) {
  const result = await graphql<{ appointmentSlots: SlotView[] }>(
    subgraph.url,
    SLOTS,
    { h: hallId, c: category, d: date },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.appointmentSlots;
}

async function rulesOf(hallId: string) {
  const result = await graphql<{ appointmentSlotRules: RuleView[] }>(
    subgraph.url,
    RULES,
    { h: hallId },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.appointmentSlotRules;
}

function nextWorkingDay(instant: Date): string {
  return calendar().addWorkingDays(shanghaiDate(instant), 1).date;
}

/** Business categories that the stored windows of a hall serve, in the alphabetical order of appointmentSlotRules. */
async function servedCategories(hallId: string): Promise<string[]> {
  const hall = await models.Hall.findById(hallId).lean<{
    windows: { businessCategories: string[] }[];
  }>();
  return [
    ...new Set(hall!.windows.flatMap((w) => w.businessCategories)),
  ].sort();
}

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(
    createHallsSubgraph({ now: () => clock, noShowSweepMs: 0 }),
  );
  models = registerModels(subgraph.connection);
});

afterAll(async () => {
  await subgraph?.close();
});

describe('seeded appointment slot rules', () => {
  it('gives every demo hall a rule per served category', async () => {
    for (const { id } of HALLS) {
      const rules = await rulesOf(id);
      expect(rules.map((rule) => rule.category)).toEqual(
        await servedCategories(id),
      );
      for (const rule of rules) {
        expect(rule.weekdays).toEqual([1, 2, 3, 4, 5]);
        expect(rule.timeWindows).toEqual([
          { start: '09:00', end: '12:00' },
          { start: '14:00', end: '17:00' },
        ]);
        expect(rule.slotMinutes).toBe(30);
        expect(rule.capacity).toBeGreaterThanOrEqual(1);
        expect(rule.capacity).toBeLessThanOrEqual(4);
      }
    }
  });

  it('scales capacity with the windows serving a category', async () => {
    const rules = await rulesOf(HALL);
    const capacity = Object.fromEntries(
      rules.map((rule) => [rule.category, rule.capacity]),
    );
    // 巫溪县: one comprehensive window, plus dedicated windows for market
    // entry and for social security.
    expect(capacity).toEqual({
      CIVIL_AFFAIRS: 1,
      GENERAL: 2,
      MARKET_ENTRY: 2,
      SOCIAL_SECURITY: 4,
    });
  });

  it('offers morning and afternoon slots on the next working day', async () => {
    clock = new Date('2026-03-06T02:00:00Z');
    const date = nextWorkingDay(clock);
    expect(date).toBe('2026-03-09');

    for (const hallId of [HALL, VILLAGE_HALL]) {
      const slots = await slotsOn(hallId, 'GENERAL', date);
      expect(slots.map((slot) => slot.localStart)).toEqual([
        '09:00',
        '09:30',
        '10:00',
        '10:30',
        '11:00',
        '11:30',
        '14:00',
        '14:30',
        '15:00',
        '15:30',
        '16:00',
        '16:30',
      ]);
      expect(slots.every((slot) => slot.localDate === date)).toBe(true);
      expect(slots.every((slot) => slot.freePlaces === slot.capacity)).toBe(
        true,
      );
    }
  });

  it('offers nothing on the weekend', async () => {
    clock = new Date('2026-03-06T02:00:00Z');
    expect(await slotsOn(HALL, 'GENERAL', '2026-03-07')).toEqual([]);
    expect(await slotsOn(HALL, 'GENERAL', '2026-03-08')).toEqual([]);
  });

  it('skips the Labour Day holiday', async () => {
    // Thursday 2026-04-30 10:00. Public holidays run from 1 to 5 May 2026.
    clock = new Date('2026-04-30T02:00:00Z');
    const date = nextWorkingDay(clock);
    expect(date).toBe('2026-05-06');

    expect(await slotsOn(HALL, 'GENERAL', '2026-05-01')).toEqual([]);
    expect(await slotsOn(HALL, 'GENERAL', '2026-05-04')).toEqual([]);
    expect(await slotsOn(HALL, 'GENERAL', date)).toHaveLength(12);
  });

  it('offers slots on an adjusted working Saturday', async () => {
    // Friday 2026-05-08 10:00. Saturday 2026-05-09 makes up for the Labour Day break.
    clock = new Date('2026-05-08T02:00:00Z');
    const date = nextWorkingDay(clock);
    expect(date).toBe('2026-05-09');

    expect(await slotsOn(HALL, 'GENERAL', date)).toHaveLength(12);
  });

  it('lets a citizen book a seeded slot', async () => {
    clock = new Date('2026-03-06T02:00:00Z');
    const [slot] = await slotsOn(VILLAGE_HALL, 'SOCIAL_SECURITY', '2026-03-09');

    const result = await graphql(
      subgraph.url,
      BOOK,
      {
        h: VILLAGE_HALL,
        c: 'SOCIAL_SECURITY',
        s: slot!.startsAt,
        k: 'seeded-slot-booking-1',
      },
      viewerOf(['CITIZEN'], { userId: 'u-demo-citizen-1' }),
    );

    expect(result.errors).toBeUndefined();
    expect(result.data!.bookAppointment).toEqual({
      localDate: '2026-03-09',
      localStart: '09:00',
      placeNumber: 1,
      status: 'BOOKED',
    });
    const [after] = await slotsOn(
      VILLAGE_HALL,
      'SOCIAL_SECURITY',
      '2026-03-09',
    );
    expect(after!.freePlaces).toBe(slot!.capacity - 1);
  });
});

describe('seedAppointmentSlotRules', () => {
  it('keeps one set when seeding twice', async () => {
    const before = await models.SlotRule.countDocuments();
    const { log } = quietLog();

    const inserted = await seedAppointmentSlotRules(models, log);

    expect(inserted).toBe(0);
    expect(await models.SlotRule.countDocuments()).toBe(before);
  });

  it('stores each rule once when two seeds race', async () => {
    const before = await models.SlotRule.countDocuments();
    await models.SlotRule.deleteMany({});
    const { log } = quietLog();

    const counts = await Promise.all([
      seedAppointmentSlotRules(models, log),
      seedAppointmentSlotRules(models, log),
    ]);

    expect(await models.SlotRule.countDocuments()).toBe(before);
    expect(counts[0]! + counts[1]!).toBe(before);
  });

  it("keeps a rule the hall's manager changed", async () => {
    const manager = viewerOf(['HALL_MANAGER'], {
      divisionCode: '500238',
      hallId: HALL,
    });
    const changed = await graphql(
      subgraph.url,
      CONFIGURE,
      {
        h: HALL,
        c: 'GENERAL',
        d: [2, 4],
        w: [{ start: '09:00', end: '11:00' }],
        m: 60,
        n: 5,
      },
      manager,
    );
    expect(changed.errors).toBeUndefined();
    const { log } = quietLog();

    const inserted = await seedAppointmentSlotRules(models, log);

    expect(inserted).toBe(0);
    const general = (await rulesOf(HALL)).find(
      (rule) => rule.category === 'GENERAL',
    );
    expect(general).toEqual({
      category: 'GENERAL',
      weekdays: [2, 4],
      timeWindows: [{ start: '09:00', end: '11:00' }],
      slotMinutes: 60,
      capacity: 5,
    });
    const stored = await models.SlotRule.findById(`${HALL}/GENERAL`).lean<{
      updatedBy: string;
    }>();
    expect(stored!.updatedBy).toBe(manager.userId);
  });

  it('adds a missing rule and leaves the others', async () => {
    await models.SlotRule.deleteOne({ _id: `${VILLAGE_HALL}/CIVIL_AFFAIRS` });
    const { log } = quietLog();

    const inserted = await seedAppointmentSlotRules(models, log);

    expect(inserted).toBe(1);
    const stored = await models.SlotRule.findById(
      `${VILLAGE_HALL}/CIVIL_AFFAIRS`,
    ).lean<{ capacity: number; updatedBy: string; version: number }>();
    expect(stored).toMatchObject({
      capacity: 1,
      updatedBy: SEEDED_RULE_AUTHOR,
      version: 0,
    });
  });

  it('skips a rule outside narrowed opening hours', async () => {
    const hall = await models.Hall.findById(VILLAGE_HALL).lean<{
      windows: Record<string, unknown>[];
    }>();
    const original = hall!.windows;
    await models.Hall.updateOne(
      { _id: VILLAGE_HALL },
      {
        $set: {
          windows: original.map((w) => ({
            ...w,
            openingTimes: [{ start: '09:00', end: '12:00' }],
          })),
        },
      },
    );
    await models.SlotRule.deleteMany({ hallId: VILLAGE_HALL });
    const { log, warn } = quietLog();

    try {
      const inserted = await seedAppointmentSlotRules(models, log);

      expect(inserted).toBe(0);
      expect(
        await models.SlotRule.countDocuments({ hallId: VILLAGE_HALL }),
      ).toBe(0);
      expect(warn).toHaveBeenCalledTimes(3);
      expect(warn.mock.calls[0]![0]).toMatchObject({
        ruleId: `${VILLAGE_HALL}/GENERAL`,
        weekday: 1,
        start: '14:00',
        end: '14:30',
      });
    } finally {
      await models.Hall.updateOne(
        { _id: VILLAGE_HALL },
        { $set: { windows: original } },
      );
    }
  });
});
