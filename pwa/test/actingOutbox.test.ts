// @vitest-environment happy-dom
import { ApolloLink } from '@apollo/client';
import { flushPromises } from '@vue/test-utils';
import { of } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useOutbox } from '../src/offline/useOutbox';
import { signInAs } from '../src/session/useSession';
import { installTestOutbox, testDraft } from './outboxTestSetup';
import { signInActingTestUser, TEST_AGENT } from './signInTestUser';

/**
 * One agent queues an application offline in their own session and another
 * in a session acting for a company. The scripted server records the
 * business name of every SubmitApplication it receives.
 */

const AGENT = TEST_AGENT;
const ACTING_KEY = 'u-agent@u-company';
const submitted: unknown[] = [];

const server = new ApolloLink((operation) => {
  if (operation.operationName !== 'SubmitApplication')
    throw new Error(`Unexpected operation ${operation.operationName}`);
  const input = operation.variables.input as {
    formData: { businessName: string };
  };
  submitted.push(input.formData.businessName);
  return of({
    data: {
      submitApplication: {
        __typename: 'Case',
        id: `case-${submitted.length}`,
        caseNumber: `500238-20261204-00000${submitted.length}`,
        status: 'SUBMITTED',
      },
    },
  });
});

let online = false;

function signInOwn(): void {
  signInAs({
    token: 'own-token',
    refreshToken: 'own-refresh',
    accessTokenExpiresAt: new Date(Date.now() + 600_000).toISOString(),
    user: AGENT,
  });
}

const names = () => useOutbox().entries.value.map((e) => e.itemName);

beforeAll(() => {
  Object.defineProperty(navigator, 'onLine', {
    configurable: true,
    get: () => online,
  });
  installTestOutbox(AGENT, server);
});

afterAll(() => {
  online = true;
});

describe('outbox of acting session', () => {
  it('keeps own and acting records apart', async () => {
    signInOwn();
    await flushPromises();
    await useOutbox().save(testDraft('本人申报'));
    await flushPromises();
    expect(names()).toEqual(['本人申报']);

    signInActingTestUser();
    await flushPromises();
    expect(names()).toEqual([]);
    await useOutbox().save(testDraft('代办申报'));
    await flushPromises();
    expect(names()).toEqual(['代办申报']);

    const outbox = useOutbox().outbox();
    expect((await outbox.list(AGENT.id)).map((e) => e.itemName)).toEqual([
      '本人申报',
    ]);
    expect((await outbox.list(ACTING_KEY)).map((e) => e.itemName)).toEqual([
      '代办申报',
    ]);
  });

  it('replays only acting records while acting', async () => {
    online = true;
    await useOutbox().syncNow();
    await flushPromises();

    expect(submitted).toEqual(['代办申报']);
    const own = await useOutbox().outbox().list(AGENT.id);
    expect(own.map((e) => e.state)).toEqual(['pending']);
  });

  it('replays own records after switching back', async () => {
    signInOwn();
    await flushPromises();
    await useOutbox().syncNow();
    await flushPromises();

    expect(submitted).toEqual(['代办申报', '本人申报']);
    expect(names()).toEqual(['本人申报']);
  });
});
