// @vitest-environment happy-dom
import { ApolloLink } from '@apollo/client';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { of } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import HallConfigPage from '../src/features/halls/HallConfigPage.vue';
import { setLocale } from '../src/i18n';
import { mountRoutedPage } from './mountRoutedPage';

/**
 * The hall configuration page against a link that returns one hall with
 * one window, one appointment rule and the stranded bookings the test sets.
 * ConfigureWindows rejects REJECT with APPOINTMENTS_STRANDED and accepts
 * CANCEL_AND_NOTIFY, reporting `cancelledCount` cancelled bookings.
 */

const HALL = 'hall-500238';
let strandedBookings: Record<string, unknown>[] = [];
let cancelledCount = 2;
let sent: { name: string; variables: Record<string, unknown> }[] = [];

const WINDOW = {
  __typename: 'Window',
  id: `${HALL}/1`,
  number: 1,
  name: '综合窗口',
  category: 'COMPREHENSIVE',
  businessCategories: ['GENERAL'],
  departmentCode: null,
  mail: false,
  weekdays: [1, 3, 4, 5],
  openingTimes: [{ __typename: 'TimeWindow', start: '09:00', end: '17:00' }],
  openOnHolidays: false,
  assignedStaffUserIds: [],
};

const server = new ApolloLink((operation) => {
  const name = operation.operationName ?? '';
  sent.push({ name, variables: { ...operation.variables } });
  switch (name) {
    case 'HallDetail':
      return of({
        data: {
          hall: {
            __typename: 'Hall',
            id: HALL,
            name: '巫溪县政务服务中心',
            nameEn: 'Wuxi County Government Service Centre',
            address: '巫溪县柏杨街道',
            openingHours: '周一至周五 9:00-17:00',
            phone: '023-00000000',
            departmentCodes: [],
            windows: [WINDOW],
          },
        },
      });
    case 'HallAdministration':
      return of({
        data: {
          hallStaff: [],
          appointmentSlotRules: [
            {
              __typename: 'AppointmentSlotRule',
              category: 'GENERAL',
              weekdays: [1, 2, 3],
              timeWindows: [
                { __typename: 'TimeWindow', start: '09:00', end: '12:00' },
              ],
              slotMinutes: 30,
              capacity: 4,
            },
          ],
          strandedAppointments: strandedBookings,
        },
      });
    case 'ConfigureWindows':
      if (operation.variables.strandedAppointments !== 'CANCEL_AND_NOTIFY')
        return of({
          errors: [
            {
              message: 'stranded',
              extensions: {
                code: 'APPOINTMENTS_STRANDED',
                count: 2,
                categories: ['GENERAL'],
                dates: ['2026-03-03', '2026-03-10'],
              },
            },
          ],
        });
      return of({
        data: {
          configureWindows: {
            __typename: 'Hall',
            id: HALL,
            windows: [{ __typename: 'Window', id: WINDOW.id, number: 1 }],
            cancelledAppointmentCount: cancelledCount,
          },
        },
      });
    case 'CancelStrandedAppointments':
      return of({
        data: {
          cancelStrandedAppointments: {
            __typename: 'StrandedCancellation',
            id: 'stranded-1',
            cancelledCount: strandedBookings.length,
          },
        },
      });
    default:
      return of({ errors: [{ message: `unexpected ${name}` }] });
  }
});

function mountConfig() {
  return mountRoutedPage(
    HallConfigPage,
    '/halls/:hallId/config',
    `/halls/${HALL}/config`,
    server,
  );
}

function buttonNamed(wrapper: VueWrapper, text: string) {
  const button = wrapper.findAll('button').find((b) => b.text() === text);
  if (!button) throw new Error(`no button named ${text}`);
  return button;
}

function sentOf(name: string) {
  return sent.filter((operation) => operation.name === name);
}

beforeEach(() => {
  sent = [];
  strandedBookings = [];
  cancelledCount = 2;
});

afterEach(() => {
  setLocale('zh-CN');
});

describe('HallConfigPage window change', () => {
  it('names the stranded bookings it would leave', async () => {
    const wrapper = await mountConfig();

    await wrapper.get('form:nth-of-type(2)').trigger('submit');
    await flushPromises();

    expect(sentOf('ConfigureWindows')[0]!.variables.strandedAppointments).toBe(
      'REJECT',
    );
    const alerts = wrapper.findAll('[role="alert"]').map((a) => a.text());
    expect(alerts.join('\n')).toContain(
      '此次调整会使 2 个预约在其时段内没有开放的窗口办理（2026-03-03, 2026-03-10）。',
    );
  });

  it('saves with CANCEL_AND_NOTIFY on request', async () => {
    const wrapper = await mountConfig();
    await wrapper.get('form:nth-of-type(2)').trigger('submit');
    await flushPromises();

    await buttonNamed(wrapper, '取消这些预约、通知办事人并保存窗口').trigger(
      'click',
    );
    await flushPromises();

    const calls = sentOf('ConfigureWindows');
    expect(calls).toHaveLength(2);
    expect(calls[1]!.variables.strandedAppointments).toBe('CANCEL_AND_NOTIFY');
    expect(calls[1]!.variables.windows).toEqual(calls[0]!.variables.windows);
    expect(wrapper.get('[role="status"]').text()).toBe(
      '已保存，已取消 2 个预约并通知申请人。',
    );
    expect(wrapper.text()).not.toContain('此次调整会使');
  });

  it.each([
    [2, 'Saved. 2 bookings were cancelled and their applicants notified.'],
    [1, 'Saved. 1 booking was cancelled and its applicant notified.'],
  ])('reports %i cancelled in English', async (count, message) => {
    setLocale('en');
    cancelledCount = count;
    const wrapper = await mountConfig();
    await wrapper.get('form:nth-of-type(2)').trigger('submit');
    await flushPromises();

    await buttonNamed(
      wrapper,
      'Cancel these bookings, notify the citizens and save',
    ).trigger('click');
    await flushPromises();

    expect(wrapper.get('[role="status"]').text()).toBe(message);
  });

  it('drops the offer once the windows are edited', async () => {
    // The count covers the windows as submitted, so cancelling under edited
    // windows would cancel bookings that no message counted.
    const wrapper = await mountConfig();
    await wrapper.get('form:nth-of-type(2)').trigger('submit');
    await flushPromises();
    const weekdays = wrapper.get('#cfg-w0-days');

    await weekdays.setValue('1,4,5');
    await flushPromises();

    expect(wrapper.text()).not.toContain('此次调整会使');
    expect(
      wrapper
        .findAll('button')
        .some((b) => b.text() === '取消这些预约、通知办事人并保存窗口'),
    ).toBe(false);
  });

  it('shows the English message', async () => {
    setLocale('en');
    const wrapper = await mountConfig();

    await wrapper.get('form:nth-of-type(2)').trigger('submit');
    await flushPromises();

    expect(wrapper.text()).toContain(
      'This change leaves 2 booked appointments without an open window during their slots (2026-03-03, 2026-03-10).',
    );
  });
});

describe('HallConfigPage appointment rules', () => {
  function ruleText(wrapper: VueWrapper) {
    const rule = wrapper
      .findAll('li')
      .find((item) => item.text().includes('09:00-12:00'));
    if (!rule) throw new Error('no appointment rule listed');
    return rule.text().replace(/\s+/g, ' ');
  }

  it('lists a rule with a Chinese colon', async () => {
    const wrapper = await mountConfig();

    expect(ruleText(wrapper)).toBe('综合业务：1,2,3 · 09:00-12:00 · 30 · 4');
  });

  it('lists a rule with an English colon', async () => {
    setLocale('en');
    const wrapper = await mountConfig();

    expect(ruleText(wrapper)).toBe(
      'General business: 1,2,3 · 09:00-12:00 · 30 · 4',
    );
  });
});

describe('HallConfigPage stranded bookings', () => {
  it('reports none', async () => {
    const wrapper = await mountConfig();

    expect(wrapper.text()).toContain('所有预约都有开放的窗口办理。');
    expect(wrapper.text()).not.toContain('取消这些预约并通知办事人');
  });

  it('lists and cancels them', async () => {
    strandedBookings = [
      {
        __typename: 'Appointment',
        id: 'appt-1',
        category: 'GENERAL',
        localDate: '2026-03-03',
        localStart: '09:00',
        placeNumber: 1,
      },
    ];
    const wrapper = await mountConfig();
    expect(wrapper.text()).toContain('综合业务 · 2026-03-03 09:00 · 第 1 号');

    await buttonNamed(wrapper, '取消这些预约并通知办事人').trigger('click');
    await flushPromises();

    const [call] = sentOf('CancelStrandedAppointments');
    expect(call!.variables.hallId).toBe(HALL);
    expect(call!.variables.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    expect(wrapper.get('[role="status"]').text()).toBe(
      '已取消 1 个预约，并已通知办事人。',
    );
  });
});
