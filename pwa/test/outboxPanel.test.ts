// @vitest-environment happy-dom
import { ApolloLink } from '@apollo/client';
import { flushPromises, mount } from '@vue/test-utils';
import { of } from 'rxjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import OutboxPanel from '../src/features/cases/OutboxPanel.vue';
import { i18n, setLocale } from '../src/i18n';
import { useOutbox } from '../src/offline/useOutbox';
import { installTestOutbox, testDraft } from './outboxTestSetup';

/**
 * The outbox panel against a scripted server: SubmitApplication answers
 * with the next scripted error code, or a case; AcceptCaseFromOutbox
 * answers CONFLICT, as when another clerk decided the case meanwhile.
 */
const script: string[] = [];
let submits = 0;

const server = new ApolloLink((operation) => {
  if (operation.operationName === 'SubmitApplication') {
    submits += 1;
    const code = script.shift();
    if (code)
      return of({
        errors: [
          {
            message: code,
            extensions: { code, caseNumber: '500238-20260302-000001' },
          },
        ],
      });
    return of({
      data: {
        submitApplication: {
          __typename: 'Case',
          id: `case-${submits}`,
          caseNumber: `500238-20260302-00000${submits + 1}`,
          status: 'SUBMITTED',
        },
      },
    });
  }
  if (operation.operationName === 'AcceptCaseFromOutbox')
    return of({
      errors: [
        {
          message: 'changed',
          extensions: {
            code: 'CONFLICT',
            currentVersion: 3,
            status: 'ACCEPTED',
          },
        },
      ],
    });
  return of({
    data: {
      case: {
        __typename: 'Case',
        id: 'case-9',
        caseNumber: '500238-20260302-000009',
        status: 'ACCEPTED',
        history: [
          { __typename: 'CaseEvent', action: 'ACCEPTED', actorId: 'u-other' },
        ],
      },
    },
  });
});

const CLERK = { id: 'u-clerk.chengbei', name: '城北村代办员' };

beforeAll(() => {
  installTestOutbox(
    {
      ...CLERK,
      roles: ['CLERK'],
      divisionCode: '500238100205',
      departmentCode: null,
      hallId: null,
    },
    server,
  );
});

afterEach(() => {
  setLocale('zh-CN');
});

describe('OutboxPanel', () => {
  it('shows each record under its state and explains conflicts', async () => {
    const { outbox, syncNow } = useOutbox();
    script.push('DUPLICATE_APPLICATION', 'INVALID_FORM_DATA');
    await outbox().enqueue(CLERK, testDraft('重复的申报'));
    await outbox().enqueue(CLERK, testDraft('填错的申报'));
    await outbox().enqueue(CLERK, testDraft('正常的申报'));
    await outbox().enqueueAcceptance(CLERK, {
      caseId: 'case-9',
      caseNumber: '500238-20260302-000009',
      itemName: '个体工商户设立登记',
      expectedVersion: 2,
      idempotencyKey: 'accept-9',
    });
    await syncNow();

    const wrapper = mount(OutboxPanel, { global: { plugins: [i18n] } });
    await flushPromises();

    const conflicts = wrapper.get('[aria-labelledby="outbox-conflict"]');
    expect(conflicts.text()).toContain(
      '申请人已有同一事项的办件 500238-20260302-000001',
    );
    expect(conflicts.text()).toContain(
      '办件 500238-20260302-000009 在您离线期间已被他人处理（当前状态：已受理）',
    );
    expect(conflicts.text()).toContain('经办人城北村代办员');
    expect(conflicts.findAll('button').map((b) => b.text())).toEqual([
      '仍然提交',
      '删除',
      '知道了，删除此记录',
    ]);

    const failed = wrapper.get('[aria-labelledby="outbox-attention"]');
    expect(failed.text()).toContain('填错的申报');
    const synced = wrapper.get('[aria-labelledby="outbox-synced"]');
    expect(synced.text()).toMatch(
      /正常的申报：L-[0-9A-Z]+-\w+ 已提交，办件编号 500238-20260302-00000\d/,
    );
    expect(wrapper.find('[aria-labelledby="outbox-pending"]').exists()).toBe(
      false,
    );
  });

  it('files the duplicate again only when the clerk says so', async () => {
    const wrapper = mount(OutboxPanel, { global: { plugins: [i18n] } });
    await flushPromises();
    const before = submits;

    await wrapper
      .get('[aria-labelledby="outbox-conflict"]')
      .findAll('button')
      .find((b) => b.text() === '仍然提交')!
      .trigger('click');
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await flushPromises();

    expect(submits).toBe(before + 1);
    const states = useOutbox().entries.value.map((e) => [e.itemName, e.state]);
    expect(states).toContainEqual(['重复的申报', 'synced']);
    // The acceptance stays a conflict: it is never sent again.
    expect(states).toContainEqual(['个体工商户设立登记', 'conflict']);
  });

  it('names items in English', async () => {
    const { outbox, syncNow } = useOutbox();
    await outbox().enqueue(CLERK, {
      ...testDraft('个体工商户设立登记'),
      itemNameEn: 'Registration of an individual business',
    });
    await outbox().enqueueAcceptance(CLERK, {
      caseId: 'case-9',
      caseNumber: '500238-20260302-000009',
      itemName: '居民身份证换领',
      itemNameEn: 'Renewal of a resident ID card',
      expectedVersion: 2,
      idempotencyKey: 'accept-9-en',
    });
    await syncNow();
    setLocale('en');

    const wrapper = mount(OutboxPanel, { global: { plugins: [i18n] } });
    await flushPromises();

    const synced = wrapper.get('[aria-labelledby="outbox-synced"]');
    expect(synced.text()).toMatch(
      /Registration of an individual business: L-[0-9A-Z]+-\w+ submitted/,
    );
    const conflicts = wrapper.get('[aria-labelledby="outbox-conflict"]');
    expect(conflicts.text()).toContain(
      'Acceptance of case 500238-20260302-000009 (Renewal of a resident ID card)',
    );
    // A record stored without an English name keeps its Chinese name.
    expect(conflicts.text()).toContain('个体工商户设立登记');
  });
});
