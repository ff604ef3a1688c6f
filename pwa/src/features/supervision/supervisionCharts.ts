import type { ChartOption } from '../../components/charts/echarts';

/** Count of cases under one key, as the supervision statistics group them. */
export interface KeyedCount {
  key: string;
  count: number;
}

/** Open cases by time-limit status, as `supervisionStats` counts them. */
export interface TimeLimitCounts {
  normal: number;
  warning: number;
  overdue: number;
  paused: number;
}

/**
 * Colours of the time-limit statuses, the same as their badges in
 * styles/main.css, so a status reads alike in charts and lists. Each has a
 * contrast ratio of at least 4.5:1 against white.
 */
export const TIME_LIMIT_COLOURS = {
  NORMAL: '#126b36',
  WARNING: '#8a5a00',
  OVERDUE: '#c8102e',
  PAUSED: '#5a6270',
} as const;

const BAR_COLOUR = '#1a5fb4';
const TEXT_COLOUR = '#1f2328';

type Translate = (key: string) => string;

/** Builds a doughnut chart of open cases by time-limit status. */
export function timeLimitChart(
  counts: TimeLimitCounts,
  label: Translate,
): ChartOption {
  const slices = [
    ['NORMAL', counts.normal],
    ['WARNING', counts.warning],
    ['OVERDUE', counts.overdue],
    ['PAUSED', counts.paused],
  ] as const;
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, textStyle: { color: TEXT_COLOUR } },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}: {c}', color: TEXT_COLOUR },
        data: slices.map(([status, value]) => ({
          name: label(status),
          value,
          itemStyle: { color: TIME_LIMIT_COLOURS[status] },
        })),
      },
    ],
  };
}

/**
 * Builds a horizontal bar chart of counts, largest first, with the keys
 * shown through `label` (a status name, or a code as it is).
 */
export function countBarChart(
  groups: readonly KeyedCount[],
  label: Translate,
): ChartOption {
  const sorted = [...groups].sort(
    (a, b) => b.count - a.count || a.key.localeCompare(b.key),
  );
  // ECharts draws the first category at the bottom of a vertical axis.
  const rows = sorted.reverse();
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: rows.map((group) => label(group.key)),
      axisLabel: { color: TEXT_COLOUR },
    },
    series: [
      {
        type: 'bar',
        data: rows.map((group) => group.count),
        itemStyle: { color: BAR_COLOUR },
        label: { show: true, position: 'right', color: TEXT_COLOUR },
      },
    ],
  };
}

/** Counts warnings by kind, in the order kinds first appear. */
export function countByKind(
  warnings: readonly { kind: string }[],
): KeyedCount[] {
  const counts = new Map<string, number>();
  for (const warning of warnings)
    counts.set(warning.kind, (counts.get(warning.kind) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count }));
}

/** Height in pixels that fits one bar per group, for `EChart`'s height. */
export function barChartHeight(groups: number): number {
  return Math.max(120, 48 + groups * 32);
}
