// @vitest-environment happy-dom
import { ApolloLink } from '@apollo/client';
import { flushPromises } from '@vue/test-utils';
import { of } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import KioskPage from '../src/features/halls/KioskPage.vue';
import { setLocale } from '../src/i18n';
import { mountRoutedPage } from './mountRoutedPage';

/**
 * The kiosk page against a link that returns one hall with one window and
 * rejects every TakeTicket with the error that the test sets.
 */

const HALL = 'hall-500238';
let takeTicketError: { code: string; [name: string]: unknown } = {
  code: 'RATE_LIMITED',
};

const server = new ApolloLink((operation) => {
  if (operation.operationName === 'TakeTicket')
    return of({
      errors: [{ message: 'rejected', extensions: takeTicketError }],
    });
  if (operation.operationName === 'HallDetail')
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
          windows: [
            {
              __typename: 'Window',
              id: `${HALL}/1`,
              number: 1,
              name: '综合窗口',
              category: 'GENERAL',
              businessCategories: ['GENERAL'],
              departmentCode: null,
              mail: false,
              weekdays: [1, 2, 3, 4, 5],
              openingTimes: [
                { __typename: 'OpeningTime', start: '09:00', end: '17:00' },
              ],
              openOnHolidays: false,
              assignedStaffUserIds: [],
            },
          ],
        },
      },
    });
  return of({ errors: [{ message: `unexpected ${operation.operationName}` }] });
});

function mountKiosk() {
  return mountRoutedPage(
    KioskPage,
    '/halls/:hallId/kiosk',
    `/halls/${HALL}/kiosk`,
    server,
  );
}

/** Presses the one category button and returns the text of the alert shown. */
async function takeTicketAlert(): Promise<string> {
  const wrapper = await mountKiosk();
  await wrapper.get('.kiosk__categories button').trigger('click');
  await flushPromises();
  return wrapper.get('[role="alert"]').text();
}

afterEach(() => {
  takeTicketError = { code: 'RATE_LIMITED' };
  setLocale('zh-CN');
});

describe('KioskPage when throttled', () => {
  it('names the wait in seconds', async () => {
    takeTicketError = { code: 'RATE_LIMITED', retryAfterSeconds: 45 };
    const text = await takeTicketAlert();
    expect(text).toBe('取号人数较多，请 45 秒后再试。');
    expect(text).not.toContain('验证码');
  });

  it('asks to retry shortly without a wait', async () => {
    const text = await takeTicketAlert();
    expect(text).toBe('取号人数较多，请稍后再试。');
  });

  it('shows the English message', async () => {
    setLocale('en');
    takeTicketError = { code: 'RATE_LIMITED', retryAfterSeconds: 45 };
    const text = await takeTicketAlert();
    expect(text).toBe(
      'Many tickets are being taken right now. Try again in 45 seconds.',
    );
  });

  it('keeps the daily limit message', async () => {
    takeTicketError = { code: 'ANONYMOUS_TICKET_LIMIT_REACHED', limit: 100 };
    const text = await takeTicketAlert();
    expect(text).toBe(
      '本网络地址今天在本大厅免登录取号已达上限。请登录后取号，或到咨询台办理。',
    );
  });
});

describe('KioskPage heading', () => {
  it('names the hall in the chosen language', async () => {
    expect((await mountKiosk()).get('h1').text()).toContain(
      '巫溪县政务服务中心',
    );
    setLocale('en');
    expect((await mountKiosk()).get('h1').text()).toContain(
      'Wuxi County Government Service Centre',
    );
  });
});
