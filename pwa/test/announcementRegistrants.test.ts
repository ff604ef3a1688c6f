// @vitest-environment happy-dom
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { flushPromises, mount } from '@vue/test-utils';
import { of } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { ApolloClientKey } from '../src/apollo/useApolloClient';
import AnnouncementRegistrants from '../src/features/intermediaries/AnnouncementRegistrants.vue';
import { i18n } from '../src/i18n';
import type { SelectionMethod } from '../src/graphql/generated';

/**
 * The registrants panel of a client's announcement against a scripted
 * server: one eligible agency with two closed-round bids and one whose
 * qualification lapsed.
 */
const requests: Record<string, unknown>[] = [];

const server = new ApolloLink((operation) => {
  requests.push(operation.variables);
  return of({
    data: {
      announcementRegistrants: [
        {
          __typename: 'AnnouncementRegistrant',
          agencyId: 'agency-a',
          agencyName: '重庆甲安全评价有限公司',
          registeredAt: '2026-10-08T02:00:00.000Z',
          eligible: true,
          ineligibleReason: null,
          bids: [
            {
              __typename: 'Bid',
              round: 1,
              amountFen: 900_000,
              submittedAt: '2026-10-09T09:05:00.000Z',
            },
            {
              __typename: 'Bid',
              round: 2,
              amountFen: 800_000,
              submittedAt: '2026-10-09T09:10:00.000Z',
            },
          ],
        },
        {
          __typename: 'AnnouncementRegistrant',
          agencyId: 'agency-b',
          agencyName: '重庆乙安全评价有限公司',
          registeredAt: '2026-10-08T03:00:00.000Z',
          eligible: false,
          ineligibleReason: 'QUALIFICATION_EXPIRED',
          bids: [],
        },
      ],
    },
  });
});

function mountPanel(method: SelectionMethod, state: string, bidRound = 1) {
  return mount(AnnouncementRegistrants, {
    props: {
      announcement: { id: 'a-1', method, state, version: 4, bidRound },
      busy: false,
    },
    global: {
      plugins: [i18n],
      provide: {
        [ApolloClientKey as symbol]: new ApolloClient({
          cache: new InMemoryCache(),
          link: server,
        }),
      },
      stubs: { RouterLink: true },
    },
  });
}

function buttonNamed(wrapper: ReturnType<typeof mountPanel>, name: string) {
  return wrapper.findAll('button').find((b) => b.text() === name);
}

describe('AnnouncementRegistrants', () => {
  it('chooses an eligible agency for direct selection', async () => {
    const wrapper = mountPanel('DIRECT', 'PUBLISHED');
    await flushPromises();
    expect(requests.at(-1)).toEqual({ announcementId: 'a-1' });
    const select = buttonNamed(wrapper, '执行选取');
    expect(select?.attributes('disabled')).toBeDefined();
    const lapsed = wrapper.get('input[value="agency-b"]');
    expect(lapsed.attributes('disabled')).toBeDefined();
    expect(wrapper.text()).toContain('不符合：资质在选取日前到期');

    await wrapper.get('input[value="agency-a"]').setValue(true);
    expect(select?.attributes('disabled')).toBeUndefined();
    await select!.trigger('click');
    expect(wrapper.emitted('select')).toEqual([['agency-a']]);
    expect(buttonNamed(wrapper, '开启新一轮报价')).toBeUndefined();
  });

  it('shows closed rounds and opens the next', async () => {
    const wrapper = mountPanel('LOWEST_BID', 'PUBLISHED', 3);
    await flushPromises();
    const headers = wrapper.findAll('th').map((th) => th.text());
    expect(headers).toEqual([
      '机构名称',
      '是否符合条件',
      '第 1 轮报价',
      '第 2 轮报价',
    ]);
    const firstRow = wrapper.findAll('tbody tr')[0]!.text();
    expect(firstRow).toContain('9000.00 元');
    expect(firstRow).toContain('8000.00 元');
    expect(wrapper.text()).toContain('当前为第 3 轮报价');
    expect(buttonNamed(wrapper, '执行选取')).toBeUndefined();
    await buttonNamed(wrapper, '开启新一轮报价')!.trigger('click');
    expect(wrapper.emitted('openRound')).toHaveLength(1);
  });

  it('shows every round once selection is made', async () => {
    const wrapper = mountPanel('LOWEST_BID', 'SELECTED', 2);
    await flushPromises();
    expect(wrapper.findAll('th').map((th) => th.text())).toContain(
      '第 2 轮报价',
    );
    expect(buttonNamed(wrapper, '开启新一轮报价')).toBeUndefined();
  });
});
