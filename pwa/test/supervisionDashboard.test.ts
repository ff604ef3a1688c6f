// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import SupervisionDashboard from '../src/features/supervision/SupervisionDashboard.vue';
import {
  TIME_LIMIT_COLOURS,
  countBarChart,
  countByKind,
  timeLimitChart,
} from '../src/features/supervision/supervisionCharts';
import type { SupervisionOverviewQuery } from '../src/graphql/generated';
import { i18n, setLocale } from '../src/i18n';

const stats: SupervisionOverviewQuery['supervisionStats'] = {
  divisionCode: '500238',
  total: 9,
  normal: 4,
  warning: 2,
  overdue: 1,
  paused: 2,
  byStatus: [
    { key: 'SUBMITTED', count: 3 },
    { key: 'ACCEPTED', count: 6 },
  ],
  byDepartment: [
    { key: '11500238MB0001', count: 5 },
    { key: '11500238MB0002', count: 4 },
  ],
  byDivision: [{ key: '500238', count: 9 }],
};

const warnings: SupervisionOverviewQuery['supervisionWarnings'] = [
  {
    id: 'w-1',
    kind: 'OVERDUE',
    caseNumber: '500238-20260302-000001',
    departmentCode: '11500238MB0001',
    divisionCode: '500238',
    detail: '',
    raisedAt: '2026-03-02T01:00:00.000Z',
  },
  {
    id: 'w-2',
    kind: 'TIME_LIMIT_WARNING',
    caseNumber: '500238-20260302-000002',
    departmentCode: '11500238MB0002',
    divisionCode: '500238',
    detail: '',
    raisedAt: '2026-03-02T02:00:00.000Z',
  },
  {
    id: 'w-3',
    kind: 'OVERDUE',
    caseNumber: '500238-20260302-000003',
    departmentCode: '11500238MB0001',
    divisionCode: '500238',
    detail: '',
    raisedAt: '2026-03-02T03:00:00.000Z',
  },
];

function mountDashboard(
  overrides: Partial<{
    stats: typeof stats;
    warnings: typeof warnings;
  }> = {},
) {
  return mount(SupervisionDashboard, {
    props: { stats, warnings, ...overrides },
    global: { plugins: [i18n] },
    attachTo: document.body,
  });
}

afterEach(() => {
  setLocale('zh-CN');
  document.body.innerHTML = '';
});

describe('supervision chart options', () => {
  it('colours each time-limit slice like its badge', () => {
    const option = timeLimitChart(stats, (key) => key);
    const series = option.series as {
      data: { name: string; value: number; itemStyle: { color: string } }[];
    }[];
    expect(series[0]!.data).toEqual([
      {
        name: 'NORMAL',
        value: 4,
        itemStyle: { color: TIME_LIMIT_COLOURS.NORMAL },
      },
      {
        name: 'WARNING',
        value: 2,
        itemStyle: { color: TIME_LIMIT_COLOURS.WARNING },
      },
      {
        name: 'OVERDUE',
        value: 1,
        itemStyle: { color: TIME_LIMIT_COLOURS.OVERDUE },
      },
      {
        name: 'PAUSED',
        value: 2,
        itemStyle: { color: TIME_LIMIT_COLOURS.PAUSED },
      },
    ]);
  });

  it('puts the largest bar on top', () => {
    const option = countBarChart(
      [
        { key: 'b', count: 1 },
        { key: 'a', count: 7 },
        { key: 'c', count: 3 },
      ],
      (key) => key.toUpperCase(),
    );
    // ECharts draws the first category at the bottom.
    expect((option.yAxis as { data: string[] }).data).toEqual(['B', 'C', 'A']);
    expect((option.series as { data: number[] }[])[0]!.data).toEqual([1, 3, 7]);
  });

  it('counts warnings by kind', () => {
    expect(countByKind(warnings)).toEqual([
      { key: 'OVERDUE', count: 2 },
      { key: 'TIME_LIMIT_WARNING', count: 1 },
    ]);
    expect(countByKind([])).toEqual([]);
  });
});

describe('SupervisionDashboard', () => {
  it('draws every chart as SVG with its labels', () => {
    const wrapper = mountDashboard();
    const charts = wrapper.findAll('[role="img"]');
    expect(charts).toHaveLength(5);
    for (const chart of charts) expect(chart.find('svg').exists()).toBe(true);

    const timeLimit = charts[0]!;
    expect(timeLimit.text()).toContain('正常: 4');
    expect(timeLimit.text()).toContain('已超时: 1');
    expect(charts[1]!.text()).toContain('已受理');
    expect(charts[2]!.text()).toContain('11500238MB0001');
    expect(charts[4]!.text()).toContain('超期');
    wrapper.unmount();
  });

  it('names each chart with its numbers in text', () => {
    const wrapper = mountDashboard();
    const labels = wrapper
      .findAll('[role="img"]')
      .map((chart) => chart.attributes('aria-label'));
    expect(labels[0]).toBe(
      '按时限状态：正常 4，即将超时 2，已超时 1，暂停计时 2',
    );
    expect(labels[1]).toBe('按状态：已提交 3，已受理 6');
    expect(labels[4]).toBe('按预警类型（最近 3 条）：超期 2，临近时限 1');

    const counts = wrapper.get('[aria-labelledby="supervision-counts"]');
    expect(counts.get('dl').text()).toContain('办件总数9');
    expect(counts.text()).toContain('11500238MB0002：4');
    wrapper.unmount();
  });

  it('redraws when the counts change', async () => {
    const wrapper = mountDashboard();
    await wrapper.setProps({ stats: { ...stats, overdue: 6 } });
    const timeLimit = wrapper.findAll('[role="img"]')[0]!;
    expect(timeLimit.text()).toContain('已超时: 6');
    expect(timeLimit.attributes('aria-label')).toContain('已超时 6');
    wrapper.unmount();
  });

  it('shows no warning chart without warnings', () => {
    const wrapper = mountDashboard({ warnings: [] });
    expect(wrapper.findAll('[role="img"]')).toHaveLength(4);
    expect(
      wrapper.get('[aria-labelledby="supervision-warnings"]').text(),
    ).toContain('暂无预警。');
    wrapper.unmount();
  });

  it('translates the charts into English', async () => {
    const wrapper = mountDashboard();
    setLocale('en');
    await wrapper.vm.$nextTick();
    const timeLimit = wrapper.findAll('[role="img"]')[0]!;
    expect(timeLimit.attributes('aria-label')).toMatch(
      /^By time limit status: /,
    );
    expect(timeLimit.text()).not.toContain('正常');
    wrapper.unmount();
  });
});
