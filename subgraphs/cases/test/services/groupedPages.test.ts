import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@ykb/common';
import { graphql } from '../../../../tests/support/harness.js';
import { startStack, type Stack } from '../stack.js';
import { FINANCE, SUPERVISOR } from './servicesStack.js';

// satisfaction and clearingReport group their rows before paging, so one
// page contains one page of groups. Rows are inserted straight into the
// database on a day no other test uses, with group keys whose binary and
// locale orders differ, and read page by page.

/** A day in Asia/Shanghai with no other evaluations or payments. */
const DAY = '2025-06-18';
const AT = new Date('2025-06-18T04:00:00Z');
const FIRST = 5;

/** Twelve group keys: mixed case, so localeCompare orders them unlike a binary sort. */
const KEYS = [
  'alpha',
  'Bravo',
  'charlie',
  'Delta',
  'echo',
  'Foxtrot',
  'golf',
  'Hotel',
  'india',
  'Juliet',
  'kilo',
  'Lima',
];

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
  const db = stack.cases.connection.db!;
  // Group i has i + 1 rows; the last key's rows have no hall.
  const grouped = KEYS.flatMap((key, i) =>
    Array.from({ length: i + 1 }, (_, n) => ({ key, i, n })),
  );
  await db.collection('evaluations').insertMany(
    grouped.map(({ key, i, n }) => ({
      _id: `paging-evaluation-${i}-${n}`,
      caseId: `paging-case-${i}-${n}`,
      caseNumber: `PAGING-${i}-${n}`,
      itemId: `paging-item-${key}`,
      departmentCode: 'CQ-GA',
      divisionCode: '500238',
      hallId: i === KEYS.length - 1 ? null : `paging-hall-${key}`,
      windowId: null,
      score: n % 5 === 0 ? 5 : 2,
      createdAt: AT,
    })) as never[],
  );
  await db.collection('payment_orders').insertMany(
    grouped.map(({ key, i, n }) => ({
      _id: `paging-order-${i}-${n}`,
      caseId: `paging-case-${i}-${n}`,
      caseNumber: `PAGING-${i}-${n}`,
      itemId: 'paging-item',
      itemName: '分页测试事项',
      applicantUserId: 'paging-applicant',
      applicantName: '分页测试',
      divisionCode: '500238',
      departmentCode: 'CQ-GA',
      fiscalAccount: `PAGING-${key}`,
      totalFen: 1000,
      status: 'PAID',
      paidAt: AT,
      refunds: [],
      createdAt: AT,
    })) as never[],
  );
});

afterAll(async () => {
  await stack?.close();
});

/** Reads every page of the list `field`, FIRST rows at a time. */
async function allPages(
  field: string,
  args: string,
  selection: string,
  viewer: Viewer,
): Promise<Record<string, unknown>[]> {
  const query = `query($first: Int, $offset: Int) {
    ${field}(${args}, first: $first, offset: $offset) { ${selection} }
  }`;
  const rows: Record<string, unknown>[] = [];
  for (let offset = 0; ; offset += FIRST) {
    const result = await graphql(
      stack.url,
      query,
      { first: FIRST, offset },
      viewer,
    );
    expect(result.errors).toBeUndefined();
    const page = result.data![field] as Record<string, unknown>[];
    expect(page.length).toBeLessThanOrEqual(FIRST);
    rows.push(...page);
    if (page.length < FIRST) return rows;
  }
}

function localeSorted(values: string[]): string[] {
  return [...values].sort((a, b) => a.localeCompare(b));
}

describe('grouped report pages', () => {
  it('pages satisfaction by item, each group once', async () => {
    const lines = await allPages(
      'satisfaction',
      `groupBy: ITEM, from: "${DAY}", to: "${DAY}"`,
      'key evaluations satisfied',
      SUPERVISOR,
    );
    const expected = localeSorted(KEYS.map((key) => `paging-item-${key}`));

    expect(lines.map((line) => line.key)).toEqual(expected);
    for (const line of lines) {
      const i = KEYS.indexOf(String(line.key).slice('paging-item-'.length));
      expect(line.evaluations, String(line.key)).toBe(i + 1);
      expect(line.satisfied, String(line.key)).toBe(Math.ceil((i + 1) / 5));
    }
  });

  it('pages satisfaction by hall with a none group', async () => {
    const lines = await allPages(
      'satisfaction',
      `groupBy: HALL, from: "${DAY}", to: "${DAY}"`,
      'key evaluations',
      SUPERVISOR,
    );
    const expected = localeSorted([
      ...KEYS.slice(0, -1).map((key) => `paging-hall-${key}`),
      'none',
    ]);

    expect(lines.map((line) => line.key)).toEqual(expected);
    expect(lines.find((line) => line.key === 'none')?.evaluations).toBe(
      KEYS.length,
    );
  });

  it('pages clearingReport by fiscal account', async () => {
    const lines = await allPages(
      'clearingReport',
      `from: "${DAY}", to: "${DAY}"`,
      'fiscalAccount payments paidFen netFen',
      FINANCE,
    );
    const expected = localeSorted(KEYS.map((key) => `PAGING-${key}`));

    expect(lines.map((line) => line.fiscalAccount)).toEqual(expected);
    for (const line of lines) {
      const i = KEYS.indexOf(
        String(line.fiscalAccount).slice('PAGING-'.length),
      );
      expect(line.payments, String(line.fiscalAccount)).toBe(i + 1);
      expect(line.paidFen, String(line.fiscalAccount)).toBe((i + 1) * 1000);
      expect(line.netFen, String(line.fiscalAccount)).toBe((i + 1) * 1000);
    }
  });
});
