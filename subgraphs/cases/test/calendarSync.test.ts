import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendar, Role } from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import { setClock } from '../src/index.js';
import {
  ASSISTANCE_ITEM,
  assistanceForm,
  CASE_FIELDS,
  CITIZEN,
  demo,
  materialsFor,
  newKey,
  startStack,
  SUBMIT,
  VILLAGE,
  type Stack,
} from './stack.js';

const ACCEPT = `mutation($id: ID!) { acceptCase(id: $id) { ${CASE_FIELDS} } }`;
const CASE = `query($id: ID!) { case(id: $id) { deadline { date provisional } statutoryDeadline { date provisional } } }`;
const LOAD = `mutation($input: LoadHolidayScheduleInput!) { loadHolidaySchedule(input: $input) { year version } }`;

const ADMIN = viewerOf([Role.Admin], { userId: 'u-admin', divisionCode: '50' });
const CLERK_COUNTY = demo('clerk.wuxi');

let stack: Stack;

beforeAll(async () => {
  process.env.YKB_CALENDAR_SYNC_MS = '50';
  stack = await startStack({ identity: true });
});

afterAll(async () => {
  setClock();
  await stack?.close();
  delete process.env.YKB_CALENDAR_SYNC_MS;
});

async function acceptAssistanceCase(): Promise<Record<string, any>> {
  const materials = await materialsFor(stack.url, CITIZEN, ['M1', 'M2']);
  const submitted = await graphql(
    stack.url,
    SUBMIT,
    {
      input: {
        itemId: ASSISTANCE_ITEM,
        divisionCode: VILLAGE,
        formData: assistanceForm(),
        materials,
        idempotencyKey: newKey(),
      },
    },
    CITIZEN,
  );
  if (submitted.errors) throw new Error(JSON.stringify(submitted.errors));
  const accepted = await graphql(
    stack.url,
    ACCEPT,
    { id: submitted.data!.submitApplication.id },
    CLERK_COUNTY,
  );
  if (accepted.errors) throw new Error(JSON.stringify(accepted.errors));
  return accepted.data!.acceptCase;
}

describe('cases calendar sync', () => {
  it('makes deadlines in a newly loaded year final', async () => {
    // Accepted at 10:00 on Wednesday 2026-12-30 in Asia/Shanghai; the item promises 5 and allows 15 working days.
    setClock(() => new Date('2026-12-30T02:00:00Z'));
    const before = await acceptAssistanceCase();
    // 1 January 2027 is a statutory holiday, so the estimate already skips it.
    expect(before.deadline).toEqual({ date: '2027-01-07', provisional: true });
    expect(before.statutoryDeadline.provisional).toBe(true);

    const loaded = await graphql(
      stack.identity!.url,
      LOAD,
      {
        input: {
          year: 2027,
          holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
          workdays: ['2027-01-09'],
          notice: '2027 测试通知',
        },
      },
      ADMIN,
    );
    expect(loaded.errors).toBeUndefined();

    const started = Date.now();
    while (!calendar().knowsYear(2027) && Date.now() - started < 5000)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calendar().knowsYear(2027)).toBe(true);

    // The stored provisional deadline is recomputed on read: 2027-01-01 is off and Saturday 2027-01-09 is a workday.
    const reread = await graphql(stack.url, CASE, { id: before.id }, CITIZEN);
    expect(reread.errors).toBeUndefined();
    expect(reread.data!.case.deadline).toEqual({
      date: '2027-01-07',
      provisional: false,
    });
    expect(reread.data!.case.statutoryDeadline).toEqual({
      date: '2027-01-20',
      provisional: false,
    });

    const after = await acceptAssistanceCase();
    expect(after.deadline).toEqual({ date: '2027-01-07', provisional: false });
    expect(after.statutoryDeadline).toEqual({
      date: '2027-01-20',
      provisional: false,
    });
  });
});
