// @vitest-environment happy-dom
import { ApolloLink } from '@apollo/client';
import type { VueWrapper } from '@vue/test-utils';
import { of } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import AppointmentPage from '../src/features/halls/AppointmentPage.vue';
import { setLocale } from '../src/i18n';
import { mountRoutedPage } from './mountRoutedPage';

/**
 * The citizen's appointment page against a link that returns no halls, no
 * appointments and the notifications the test sets, in the order given.
 */

let notifications: Record<string, unknown>[] = [];

const HALL = {
  __typename: 'Hall',
  id: 'hall-500238',
  name: '巫溪县政务服务中心',
  nameEn: 'Wuxi County Government Service Centre',
};

/** Builds a CANCELLED_BY_HALL notification of a GENERAL booking on 2026-03-03 from `start` to `end`. */
function cancelledByHall(
  id: string,
  sentAt: string,
  start: string,
  end: string,
) {
  return {
    __typename: 'AppointmentNotification',
    id: `${id}/cancelled`,
    kind: 'CANCELLED_BY_HALL',
    text: `【渝快办】您在${HALL.name}预约的2026-03-03 ${start}-${end}（综合业务），预约已取消。`,
    sentAt,
    appointment: {
      __typename: 'Appointment',
      id,
      hall: HALL,
      category: 'GENERAL',
      localDate: '2026-03-03',
      localStart: start,
      localEnd: end,
    },
  };
}

const server = new ApolloLink((operation) => {
  switch (operation.operationName) {
    case 'HallsDirectory':
      return of({ data: { halls: [] } });
    case 'MyAppointments':
      return of({ data: { myAppointments: [] } });
    case 'MyAppointmentNotifications':
      return of({ data: { myAppointmentNotifications: notifications } });
    default:
      return of({
        errors: [{ message: `unexpected ${operation.operationName}` }],
      });
  }
});

function mountAppointments() {
  return mountRoutedPage(
    AppointmentPage,
    '/halls/appointments',
    '/halls/appointments',
    server,
  );
}

function noticeTexts(wrapper: VueWrapper) {
  return wrapper
    .findAll('.appointment-notification')
    .map((item) => item.text().replace(/\s+/g, ' '));
}

beforeEach(() => {
  notifications = [
    cancelledByHall('appt-older', '2026-03-01T23:30:00.000Z', '09:00', '09:30'),
    cancelledByHall('appt-newer', '2026-03-02T01:05:00.000Z', '14:00', '14:30'),
  ];
});

afterEach(() => {
  setLocale('zh-CN');
});

describe('AppointmentPage notifications', () => {
  it('lists them newest first in Chinese', async () => {
    const wrapper = await mountAppointments();

    const texts = noticeTexts(wrapper);
    expect(wrapper.text()).toContain('预约通知');
    expect(texts).toHaveLength(2);
    expect(texts[0]).toBe(
      '2026/03/02 09:05 · 您在巫溪县政务服务中心预约的2026-03-03 14:00-14:30（综合业务），因大厅窗口开放时间调整，该时段已无窗口办理，预约已取消，不计爽约。请重新预约其他时段。',
    );
    expect(texts[1]).toContain('2026/03/02 07:30 · ');
    expect(texts[1]).toContain('2026-03-03 09:00-09:30');
  });

  it('builds the English text', async () => {
    setLocale('en');
    const wrapper = await mountAppointments();

    const texts = noticeTexts(wrapper);
    expect(wrapper.text()).toContain('Appointment notices');
    expect(texts[0]).toBe(
      '2 Mar 2026, 09:05 · Your General business appointment at Wuxi County Government Service Centre on 2026-03-03, 14:00-14:30, was cancelled because the hall changed its window opening hours and no window serves that slot any more. It does not count as a no-show. Please book another slot.',
    );
    expect(texts[1]).toContain('2 Mar 2026, 07:30 · ');
    expect(texts.join('\n')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('reports none', async () => {
    notifications = [];
    const wrapper = await mountAppointments();

    expect(noticeTexts(wrapper)).toEqual([]);
    expect(wrapper.text()).toContain('暂无预约通知。');
  });
});
