// @vitest-environment happy-dom
import { ApolloLink } from '@apollo/client';
import { flushPromises } from '@vue/test-utils';
import { of } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import UserSpacePage from '../src/features/services/UserSpacePage.vue';
import { setLocale } from '../src/i18n';
import {
  currentToken,
  partitionKeyOf,
  signOut,
  useSession,
} from '../src/session/useSession';
import { mountRoutedPage } from './mountRoutedPage';
import { signInTestUser, TEST_ACTING_FOR, TEST_AGENT } from './signInTestUser';

/**
 * The user space of a citizen who is agent of one company, against a
 * scripted server. Queries other than MyAgencies fail, so the test looks
 * only inside the agencies section.
 */

const AGENT = TEST_AGENT;
const COMPANY_ID = TEST_ACTING_FOR.legalPersonId;
const COMPANY_NAME = TEST_ACTING_FOR.legalPersonName;

/** Operations received, with the bearer token stored when each arrived. */
let requests: { name: string; variables: unknown; token: string | null }[];
let actError: { code: string } | null;

const server = new ApolloLink((operation) => {
  requests.push({
    name: operation.operationName ?? '',
    variables: operation.variables,
    token: currentToken(),
  });
  if (operation.operationName === 'MyAgencies')
    return of({
      data: {
        myAgencies: [
          {
            __typename: 'AgentMandate',
            legalPerson: {
              __typename: 'LegalPerson',
              id: COMPANY_ID,
              name: COMPANY_NAME,
              creditCode: '91500103MA5U000001',
            },
            grants: [
              {
                __typename: 'AgentGrant',
                id: 'grant-1',
                itemCodes: ['11500000MB1234567X0001ABCDEF01'],
                // 23:30 UTC on 30 June is 07:30 on 1 July in Asia/Shanghai.
                validUntil: '2027-06-30T23:30:00.000Z',
                validUntilLocal: '2027-07-01T07:30:00+08:00',
                status: 'ACTIVE',
              },
            ],
          },
        ],
      },
    });
  if (operation.operationName === 'ActForLegalPerson') {
    if (actError)
      return of({ errors: [{ message: 'rejected', extensions: actError }] });
    return of({
      data: {
        actForLegalPerson: {
          __typename: 'ActingPayload',
          auth: {
            __typename: 'AuthPayload',
            accessToken: 'acting-token',
            refreshToken: 'acting-refresh',
            accessTokenExpiresAt: '2030-01-01T00:00:00.000Z',
            user: { __typename: 'User', ...AGENT },
          },
          legalPerson: {
            __typename: 'LegalPerson',
            id: COMPANY_ID,
            name: COMPANY_NAME,
          },
          grant: {
            __typename: 'AgentGrant',
            id: 'grant-1',
            validUntilLocal: '2027-07-01T07:30:00+08:00',
          },
        },
      },
    });
  }
  if (operation.operationName === 'SignOut')
    return of({ data: { signOut: true } });
  return of({ errors: [{ message: `unexpected ${operation.operationName}` }] });
});

function mountUserSpace() {
  return mountRoutedPage(UserSpacePage, '/me', '/me', server);
}

/** Presses the act-for button and waits for the switch to finish. */
async function pressActFor(
  wrapper: Awaited<ReturnType<typeof mountUserSpace>>,
) {
  await wrapper.get('.agency-card button').trigger('click');
  await flushPromises();
}

beforeEach(() => {
  requests = [];
  actError = null;
  signInTestUser(AGENT);
});

afterEach(() => {
  signOut();
  setLocale('zh-CN');
});

describe('user space agencies', () => {
  it('lists company with grant and local date', async () => {
    const wrapper = await mountUserSpace();
    const section = wrapper.get('.my-agencies');

    expect(section.get('h2').text()).toBe('我代理的单位');
    expect(section.get('.agency-card__name').text()).toBe(COMPANY_NAME);
    const grant = section.get('.agency-card__grant').text();
    expect(grant).toContain('11500000MB1234567X0001ABCDEF01');
    expect(grant).toContain('2027-07-01');
    expect(grant).not.toContain('2027-06-30');
    expect(section.get('.agency-card button').text()).toBe('以该单位身份办理');
  });

  it('switches session to acting session', async () => {
    const wrapper = await mountUserSpace();
    await pressActFor(wrapper);

    const act = requests.find((r) => r.name === 'ActForLegalPerson');
    expect(act?.variables).toEqual({
      legalPersonId: COMPANY_ID,
      grantId: 'grant-1',
    });
    // The agent's own session is revoked with its own token, before the switch.
    const revoke = requests.find((r) => r.name === 'SignOut');
    expect(revoke?.token).toBe('t');

    const { session, actingFor, partitionKey } = useSession();
    expect(session.value?.token).toBe('acting-token');
    expect(session.value?.refreshToken).toBe('acting-refresh');
    expect(actingFor.value).toEqual(TEST_ACTING_FOR);
    expect(partitionKey.value).toBe(`${AGENT.id}@${COMPANY_ID}`);
    const stored = JSON.parse(localStorage.getItem('ykb.session') ?? '{}');
    expect(stored.actingFor?.legalPersonId).toBe(COMPANY_ID);
    expect(wrapper.find('.my-agencies').exists()).toBe(false);
  });

  it('shows NO_ACTIVE_GRANT in Chinese and English', async () => {
    actError = { code: 'NO_ACTIVE_GRANT' };
    const wrapper = await mountUserSpace();
    await pressActFor(wrapper);

    const alert = wrapper.get('.my-agencies [role="alert"]');
    expect(alert.attributes('data-error-code')).toBe('NO_ACTIVE_GRANT');
    expect(alert.text()).toBe('您没有该单位的有效代理授权，请先联系单位授权。');
    setLocale('en');
    await flushPromises();
    expect(wrapper.get('.my-agencies [role="alert"]').text()).toBe(
      'You have no valid agent authorization from this enterprise. Ask it to authorize you first.',
    );

    expect(useSession().session.value?.token).toBe('t');
    expect(useSession().actingFor.value).toBeNull();
    expect(requests.some((r) => r.name === 'SignOut')).toBe(false);
  });

  it('shows GRANT_EXPIRED as expired grant', async () => {
    actError = { code: 'GRANT_EXPIRED' };
    const wrapper = await mountUserSpace();
    await pressActFor(wrapper);

    expect(wrapper.get('.my-agencies [role="alert"]').text()).toBe(
      '您对该单位的代理授权已过期，请联系单位续期。',
    );
  });
});

describe('partitionKeyOf', () => {
  const tokens = {
    token: 't',
    refreshToken: 'r',
    accessTokenExpiresAt: '2030-01-01T00:00:00.000Z',
  };

  it('keys own session by user id', () => {
    expect(partitionKeyOf({ ...tokens, user: AGENT })).toBe(AGENT.id);
  });

  it('keys acting session apart from agent', () => {
    const key = partitionKeyOf({
      ...tokens,
      user: AGENT,
      actingFor: TEST_ACTING_FOR,
    });
    expect(key).toBe(`${AGENT.id}@${COMPANY_ID}`);
    expect(key).not.toBe(AGENT.id);
  });

  it('returns null without session', () => {
    expect(partitionKeyOf(null)).toBeNull();
  });
});
