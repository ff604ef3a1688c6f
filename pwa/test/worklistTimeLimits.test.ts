// @vitest-environment happy-dom
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { of } from 'rxjs';
import { beforeAll, describe, expect, it } from 'vitest';
import WorklistPage from '../src/features/worklist/WorklistPage.vue';
import type { WorklistQuery } from '../src/graphql/generated';
import { installOutbox } from '../src/offline/useOutbox';
import { mountPage } from './mountPage';
import { signInTestUser } from './signInTestUser';

/**
 * The reviewer's and approver's worklist shows each case's time-limit
 * status as the cases subgraph computes it in Asia/Shanghai working days.
 * The three cases were accepted on Thursday 2026-02-12 with 5, 12 and 1
 * working days and are listed on Tuesday 2026-02-24, after the Spring
 * Festival: 2 working days left (the warning threshold), 9 left, and 2
 * working days past the deadline 2026-02-13.
 */
type Row = WorklistQuery['worklist'][number];

function row(
  id: string,
  timeLimitStatus: Row['timeLimitStatus'],
  deadline: string,
  remainingWorkingDays: number,
): Row {
  return {
    __typename: 'Case',
    id,
    caseNumber: `500238-20260212-00000${id}`,
    status: 'ACCEPTED',
    version: 2,
    itemName: `事项${id}`,
    itemNameEn: null,
    applicantName: '张*',
    divisionCode: '500238100205',
    departmentCode: 'CQ-SCJG',
    submittedAt: '2026-02-12T01:00:00.000Z',
    timeLimitStatus,
    remainingWorkingDays,
    steps: ['ACCEPT', 'REVIEW', 'APPROVE'],
    decisionRole: 'APPROVER',
    deadline: { __typename: 'Deadline', date: deadline, provisional: false },
    licenceIssue: { __typename: 'LicenceIssue', state: 'NONE' },
  } as Row;
}

const ROWS: Row[] = [
  row('1', 'WARNING', '2026-02-26', 2),
  row('2', 'NORMAL', '2026-03-06', 9),
  row('3', 'OVERDUE', '2026-02-13', -2),
];

const server = new ApolloLink((operation) => {
  if (operation.operationName === 'Worklist')
    return of({ data: { worklist: ROWS } });
  if (operation.operationName === 'TransferredCases')
    return of({ data: { transferredCases: [] } });
  if (operation.operationName === 'Departments')
    return of({ data: { departments: [] } });
  if (
    operation.operationName === 'CountyChoices' ||
    operation.operationName === 'DivisionChildren'
  )
    return of({ data: { divisions: [] } });
  return of({ data: { supervisionOrders: [] } });
});
const client = new ApolloClient({ cache: new InMemoryCache(), link: server });

beforeAll(() => {
  signInTestUser({
    id: 'u-reviewer',
    name: '审核员',
    roles: ['REVIEWER', 'APPROVER'],
    divisionCode: '500238',
    departmentCode: 'CQ-SCJG',
    hallId: null,
  });
  installOutbox(client);
});

describe('worklist time limits', () => {
  it('labels and colours each case by its time-limit status', async () => {
    const wrapper = await mountPage(WorklistPage, client);

    const cards = wrapper.findAll('li').filter((li) => li.find('h2').exists());
    expect(cards.map((card) => card.get('h2').text())).toEqual([
      '事项1',
      '事项2',
      '事项3',
    ]);
    const expected = [
      {
        label: '即将超时',
        badge: 'badge--warning',
        deadline: '2026-02-26',
        left: '2',
      },
      {
        label: '正常',
        badge: 'badge--normal',
        deadline: '2026-03-06',
        left: '9',
      },
      {
        label: '已超时',
        badge: 'badge--overdue',
        deadline: '2026-02-13',
        left: '-2',
      },
    ];
    for (const [index, card] of cards.entries()) {
      const { label, badge, deadline, left } = expected[index]!;
      const statusBadge = card
        .findAll('.badge')
        .find((b) => b.text() === label);
      expect(statusBadge?.classes()).toContain(badge);
      expect(card.find(`time[datetime="${deadline}"]`).exists()).toBe(true);
      const remaining = card
        .findAll('dl > div')
        .find((fact) => fact.get('dt').text() === '剩余工作日');
      expect(remaining?.get('dd').text()).toBe(left);
    }
  });
});
