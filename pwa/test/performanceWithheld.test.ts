// @vitest-environment happy-dom
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { flushPromises } from '@vue/test-utils';
import { of } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import PerformancePage from '../src/features/halls/PerformancePage.vue';
import { setLocale } from '../src/i18n';
import { signInAs, signOut } from '../src/session/useSession';
import { mountPage } from './mountPage';

/**
 * The hall performance page for a reader with a department, against a
 * scripted server that withholds one staff member's small evaluation
 * figures: those cells show the server's markers with the reason as their
 * tooltip, and the other figures show as numbers. Such a reader chooses
 * whole months, and a reader without a department chooses dates.
 */

const withheld = (
  figure: string,
  reason: 'PRIMARY' | 'SECONDARY' | 'DERIVED',
) => ({
  __typename: 'WithheldFigure',
  figure,
  reason,
  marker: reason === 'PRIMARY' ? '<5' : 'x',
  threshold: 5,
});

const staffRow = (name: string, figures: Record<string, unknown>) => ({
  __typename: 'StaffPerformance',
  staffUserId: `u-${name}`,
  staffName: name,
  ticketsServed: 2,
  ticketsSkipped: 0,
  ticketsTransferred: 0,
  averageWaitSeconds: null,
  averageServiceSeconds: null,
  daysPresent: 1,
  leaveDays: 0,
  ...figures,
});

/** Variables of each request the scripted server received. */
let requests: Record<string, unknown>[] = [];

const server = new ApolloLink((operation) => {
  requests.push(operation.variables);
  return of({
    data: {
      hallPerformance: {
        __typename: 'PerformanceReport',
        hall: {
          __typename: 'Hall',
          id: 'hall-500238',
          name: '巫溪县政务服务中心',
          nameEn: 'Wuxi County Government Service Center',
        },
        from: '2026-03-01',
        to: '2026-03-07',
        caseStatsAvailable: true,
        staff: [
          staffRow('张窗口', {
            casesHandled: 7,
            evaluations: null,
            satisfied: null,
            averageLevel: null,
            withheld: [
              withheld('EVALUATIONS', 'PRIMARY'),
              withheld('SATISFIED', 'PRIMARY'),
              withheld('AVERAGE_LEVEL', 'DERIVED'),
            ],
          }),
          staffRow('李窗口', {
            casesHandled: 20,
            evaluations: 12,
            satisfied: 0,
            averageLevel: 2.5,
            withheld: [],
          }),
        ],
        windows: [],
      },
    },
  });
});

async function showReport() {
  const wrapper = await mountPage(
    PerformancePage,
    new ApolloClient({ cache: new InMemoryCache(), link: server }),
  );
  await wrapper.find('#perf-hall').setValue('hall-500238');
  await wrapper.find('form').trigger('submit');
  await flushPromises();
  return wrapper;
}

/** Cells of the staff row of `name`, from the cases-handled column on. */
async function caseCellsOf(name: string) {
  const wrapper = await showReport();
  const row = wrapper
    .findAll('tbody tr')
    .find((tr) => tr.find('th').text() === name);
  expect(row, `row of ${name}`).toBeDefined();
  return row!.findAll('td').slice(-4);
}

afterEach(() => {
  setLocale('zh-CN');
  signOut();
  requests = [];
});

/** Signs in an analyst of a county, with a department when one is given. */
function signInAnalyst(departmentCode: string | null) {
  signInAs({
    token: 'test-token',
    refreshToken: 'test-refresh',
    accessTokenExpiresAt: '2099-01-01T00:00:00Z',
    user: {
      id: 'u-analyst',
      name: '钱分析',
      roles: ['ANALYST'],
      divisionCode: '500238',
      departmentCode,
      hallId: null,
    },
  });
}

describe('hall performance periods', () => {
  it('offers months to a reader with a department', async () => {
    signInAnalyst('CQ-SCJG');
    const wrapper = await mountPage(
      PerformancePage,
      new ApolloClient({ cache: new InMemoryCache(), link: server }),
    );
    expect(wrapper.find('#perf-from').exists()).toBe(false);
    expect(wrapper.find('label[for="perf-from-month"]').text()).toBe(
      '开始月份',
    );
    expect(wrapper.find('#perf-months-hint').text()).toContain('整月');
    await wrapper.find('#perf-hall').setValue('hall-500238');
    await wrapper.find('#perf-from-month').setValue('2026-01');
    await wrapper.find('#perf-to-month').setValue('2026-02');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toEqual({
      hallId: 'hall-500238',
      from: '2026-01-01',
      to: '2026-02-28',
    });
  });

  it('labels the months in English', async () => {
    setLocale('en');
    signInAnalyst('CQ-SCJG');
    const wrapper = await mountPage(
      PerformancePage,
      new ApolloClient({ cache: new InMemoryCache(), link: server }),
    );
    expect(wrapper.find('label[for="perf-to-month"]').text()).toBe('To month');
  });

  it('offers dates to a reader without a department', async () => {
    signInAnalyst(null);
    const wrapper = await mountPage(
      PerformancePage,
      new ApolloClient({ cache: new InMemoryCache(), link: server }),
    );
    expect(wrapper.find('#perf-from-month').exists()).toBe(false);
    await wrapper.find('#perf-hall').setValue('hall-500238');
    await wrapper.find('#perf-from').setValue('2026-03-02');
    await wrapper.find('#perf-to').setValue('2026-03-05');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(requests[0]).toEqual({
      hallId: 'hall-500238',
      from: '2026-03-02',
      to: '2026-03-05',
    });
  });
});

describe('hall performance with withheld figures', () => {
  it('shows withheld counts as <5 with a tooltip', async () => {
    const [handled, evaluations, satisfied] = await caseCellsOf('张窗口');
    expect(handled!.text()).toBe('7');
    expect(evaluations!.text()).toBe('<5');
    expect(evaluations!.find('abbr').attributes('title')).toBe(
      '计数为 1 至 4，为保护个人信息不予公开',
    );
    expect(satisfied!.text()).toBe('<5');
  });

  it('shows a withheld average as x', async () => {
    const cells = await caseCellsOf('张窗口');
    expect(cells[3]!.text()).toBe('x');
    expect(cells[3]!.find('abbr').attributes('title')).toBe(
      '由不公开的计数算出，不予公开',
    );
  });

  it('shows exact figures and zeros as numbers', async () => {
    const cells = await caseCellsOf('李窗口');
    expect(cells.map((cell) => cell.text())).toEqual(['20', '12', '0', '2.50']);
    expect(cells.some((cell) => cell.find('abbr').exists())).toBe(false);
  });

  it('explains a withheld count in English', async () => {
    setLocale('en');
    const cells = await caseCellsOf('张窗口');
    expect(cells[1]!.find('abbr').attributes('title')).toBe(
      'A count from 1 to 4, withheld to protect personal data',
    );
  });
});
