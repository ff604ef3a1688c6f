// @vitest-environment happy-dom
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { flushPromises, mount } from '@vue/test-utils';
import { of } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { ApolloClientKey } from '../src/apollo/useApolloClient';
import ActingBanner from '../src/components/ActingBanner.vue';
import { i18n, setLocale } from '../src/i18n';
import { currentToken, signOut } from '../src/session/useSession';
import {
  signInActingTestUser,
  signInTestUser,
  TEST_ACTING_FOR,
  TEST_AGENT,
} from './signInTestUser';

/** The acting banner of an agent acting for a company, against a scripted server. */

const COMPANY_NAME = TEST_ACTING_FOR.legalPersonName;
let revokedTokens: (string | null)[] = [];

const server = new ApolloLink((operation) => {
  if (operation.operationName === 'SignOut') {
    revokedTokens.push(currentToken());
    return of({ data: { signOut: true } });
  }
  return of({ errors: [{ message: `unexpected ${operation.operationName}` }] });
});

async function mountBanner() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'search', component: { template: '<p />' } },
      { path: '/sign-in', name: 'sign-in', component: { template: '<p />' } },
      { path: '/:rest(.*)', component: { template: '<p />' } },
    ],
  });
  await router.push('/me');
  const wrapper = mount(ActingBanner, {
    global: {
      plugins: [i18n, router],
      provide: {
        [ApolloClientKey as symbol]: new ApolloClient({
          cache: new InMemoryCache(),
          link: server,
        }),
      },
    },
  });
  await flushPromises();
  return { wrapper, router };
}

afterEach(() => {
  signOut();
  revokedTokens = [];
  setLocale('zh-CN');
});

describe('acting banner', () => {
  it('names company acted for', async () => {
    signInActingTestUser();
    const { wrapper } = await mountBanner();

    expect(wrapper.get('.app-nav__acting').text()).toBe(
      `代 ${COMPANY_NAME} 办理`,
    );
    setLocale('en');
    await flushPromises();
    expect(wrapper.get('.app-nav__acting').text()).toBe(
      `Acting for ${COMPANY_NAME}`,
    );
  });

  it('ends acting and opens sign-in', async () => {
    signInActingTestUser();
    const { wrapper, router } = await mountBanner();
    const end = wrapper
      .findAll('button')
      .find((button) => button.text() === '结束代办');
    expect(end).toBeDefined();

    await end?.trigger('click');
    await flushPromises();

    expect(revokedTokens).toEqual(['acting-token']);
    expect(currentToken()).toBeNull();
    expect(localStorage.getItem('ykb.session')).toBeNull();
    expect(router.currentRoute.value.name).toBe('sign-in');
  });

  it('shows nothing for own session', async () => {
    signInTestUser(TEST_AGENT);
    const { wrapper } = await mountBanner();

    expect(wrapper.find('.app-nav__acting').exists()).toBe(false);
    expect(wrapper.find('button').exists()).toBe(false);
  });
});
