// @vitest-environment happy-dom
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { of } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import ProtectedFigure from '../src/components/ProtectedFigure.vue';
import OpenDataPage from '../src/features/data/OpenDataPage.vue';
import { i18n, setLocale } from '../src/i18n';
import { mountPage } from './mountPage';
import { mount } from '@vue/test-utils';

/**
 * The application statistics on the open-data page against a scripted
 * server: withheld counts show their marker with the reason as a tooltip,
 * and published ones, zero included, show the number.
 */

function markerOf(reason: string | null): string | null {
  if (reason === null) return null;
  return reason === 'PRIMARY' ? '<5' : 'x';
}

const figure = (
  value: number | null,
  reason: 'PRIMARY' | 'SECONDARY' | 'DERIVED' | null = null,
) => ({
  __typename: 'ProtectedCount',
  value,
  suppressed: reason !== null,
  reason,
  marker: markerOf(reason),
});

const rate = (value: number | null, reason: 'DERIVED' | null = null) => ({
  ...figure(value, reason),
  __typename: 'ProtectedRate',
});

const line = (
  itemName: string | null,
  submitted: ReturnType<typeof figure>,
  decided: ReturnType<typeof figure>,
  decisionRate: ReturnType<typeof rate>,
) => ({
  __typename: 'ApplicationCountLine',
  divisionCode: '500238100205',
  itemName,
  month: '2026-04',
  submitted,
  decided,
  decisionRate,
});

const server = new ApolloLink((operation) => {
  if (operation.operationName === 'OpenDatasets')
    return of({ data: { openDatasets: [] } });
  return of({
    data: {
      applicationStatistics: {
        __typename: 'ApplicationStatistics',
        id: 'statistics.applications',
        name: '办件统计',
        nameEn: 'Application statistics',
        description: '各区划每月各事项的申请数。',
        threshold: 5,
        csvPath: '/downloads/open-data/statistics.applications.csv',
        jsonPath: '/downloads/open-data/statistics.applications.json',
        publishedAt: null,
        lineCount: 4,
        lines: [
          line(null, figure(22), figure(0), rate(0)),
          line(
            '公司变更登记',
            figure(null, 'PRIMARY'),
            figure(0),
            rate(null, 'DERIVED'),
          ),
          line(
            '个体工商户登记',
            figure(null, 'SECONDARY'),
            figure(0),
            rate(null, 'DERIVED'),
          ),
          line('食品经营许可', figure(12), figure(0), rate(0)),
        ],
      },
    },
  });
});

function mountOpenData() {
  return mountPage(
    OpenDataPage,
    new ApolloClient({ cache: new InMemoryCache(), link: server }),
  );
}

/** Cells of a table row, by the row's item column. */
function cellsOf(
  wrapper: Awaited<ReturnType<typeof mountOpenData>>,
  item: string,
) {
  const row = wrapper
    .findAll('.application-statistics tbody tr')
    .find((tr) => tr.findAll('td')[2]?.text() === item);
  expect(row, `row of ${item}`).toBeDefined();
  return row!.findAll('td');
}

afterEach(() => {
  setLocale('zh-CN');
});

describe('open-data application statistics', () => {
  it('shows a small count as <5 with a Chinese tooltip', async () => {
    setLocale('zh-CN');
    const wrapper = await mountOpenData();
    const cells = cellsOf(wrapper, '公司变更登记');
    const submitted = cells[3]!.find('abbr');
    expect(submitted.exists()).toBe(true);
    expect(submitted.text()).toBe('<5');
    expect(submitted.attributes('title')).toBe(
      '计数为 1 至 4，为保护个人信息不予公开',
    );
    expect(cells[5]!.find('abbr').text()).toBe('x');
    expect(cells[5]!.find('abbr').attributes('title')).toBe(
      '由不公开的计数算出，不予公开',
    );
  });

  it('shows a complementary cell as x, never as 0', async () => {
    const wrapper = await mountOpenData();
    const cells = cellsOf(wrapper, '个体工商户登记');
    expect(cells[3]!.text()).toBe('x');
    expect(cells[3]!.find('abbr').attributes('title')).toBe(
      '为防止据合计推算出小计数而不予公开',
    );
  });

  it('shows published counts and zeros as numbers', async () => {
    const wrapper = await mountOpenData();
    const cells = cellsOf(wrapper, '食品经营许可');
    expect(cells[3]!.text()).toBe('12');
    expect(cells[3]!.find('abbr').exists()).toBe(false);
    expect(cells[4]!.text()).toBe('0');
    expect(cells[5]!.text()).toBe('0.0%');
    expect(cellsOf(wrapper, '合计')[3]!.text()).toBe('22');
  });

  it('explains the markers in a legend', async () => {
    const wrapper = await mountOpenData();
    const legend = wrapper.find('.small-cell-legend').text();
    expect(legend).toContain('数据保护说明');
    expect(legend).toContain('计数为 1 至 4 的单元格显示为“<5”');
    expect(legend).toContain('“x”');
    expect(wrapper.text()).toContain('共 4 行，显示前 4 行');
  });

  it('links the CSV and JSON files', async () => {
    const wrapper = await mountOpenData();
    const links = wrapper
      .findAll('.application-statistics a')
      .map((a) => a.attributes('href'));
    expect(links).toEqual([
      '/downloads/open-data/statistics.applications.csv',
      '/downloads/open-data/statistics.applications.json',
    ]);
  });

  it('explains the markers in English', async () => {
    setLocale('en');
    const wrapper = await mountOpenData();
    expect(wrapper.find('h2').text()).toBe('Application statistics');
    const cells = cellsOf(wrapper, '公司变更登记');
    expect(cells[3]!.find('abbr').attributes('title')).toBe(
      'A count from 1 to 4, withheld to protect personal data',
    );
    expect(wrapper.find('.small-cell-legend').text()).toContain(
      'Counts from 1 to 4 could identify a person and show as “<5”.',
    );
    expect(cellsOf(wrapper, 'Total')[3]!.text()).toBe('22');
  });
});

describe('ProtectedFigure', () => {
  function render(props: InstanceType<typeof ProtectedFigure>['$props']) {
    return mount(ProtectedFigure, { props, global: { plugins: [i18n] } });
  }

  it('names the threshold in the tooltip of a small count', () => {
    const wrapper = render({
      figure: {
        value: null,
        suppressed: true,
        reason: 'PRIMARY',
        marker: '<10',
      },
      threshold: 10,
    });
    expect(wrapper.text()).toBe('<10');
    expect(wrapper.find('abbr').attributes('aria-label')).toBe(
      '计数为 1 至 9，为保护个人信息不予公开',
    );
  });

  it('shows a rate as a percentage', () => {
    const wrapper = render({
      figure: { value: 0.3333, suppressed: false, reason: null, marker: null },
      threshold: 5,
      kind: 'rate',
    });
    expect(wrapper.text()).toBe('33.3%');
  });

  it('shows a dash for a rate without records', () => {
    const wrapper = render({
      figure: { value: null, suppressed: false, reason: null, marker: null },
      threshold: 5,
      kind: 'rate',
    });
    expect(wrapper.text()).toBe('–');
  });
});
