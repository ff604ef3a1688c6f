// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import PinGate from '../src/components/PinGate.vue';
import { i18n } from '../src/i18n';
import { pinLock, useDevice } from '../src/offline/useDevice';
import { MAX_PIN_FAILURES } from '../src/session/pinLock';
import { useSession } from '../src/session/useSession';
import { signInTestUser } from './signInTestUser';

const CLERK_ID = 'u-clerk.chengbei';

function signInClerk() {
  signInTestUser({
    id: CLERK_ID,
    name: '城北村代办员',
    roles: ['CLERK'],
    divisionCode: '500238100205',
    departmentCode: null,
    hallId: null,
  });
}

async function mountGate() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<p />' } },
      { path: '/sign-in', name: 'sign-in', component: { template: '<p />' } },
    ],
  });
  await router.push('/');
  const wrapper = mount(PinGate, { global: { plugins: [i18n, router] } });
  return { wrapper, router };
}

async function enter(
  wrapper: Awaited<ReturnType<typeof mountGate>>['wrapper'],
  pin: string,
) {
  await wrapper.get('input#pin-gate-pin').setValue(pin);
  await wrapper.get('form').trigger('submit');
  // PBKDF2 runs in WebCrypto; the button is enabled again once it is done.
  // PBKDF2 can take seconds on a loaded machine, so the wait is long.
  await vi.waitFor(
    () => {
      const button = wrapper.find('button[type="submit"]');
      expect(
        button.exists() && button.attributes('disabled') !== undefined,
      ).toBe(false);
    },
    { timeout: 15_000, interval: 50 },
  );
  await flushPromises();
}

beforeEach(async () => {
  localStorage.clear();
  document.cookie = 'ykb_unlocked=; max-age=0; path=/';
  signInClerk();
  await pinLock.setPin(CLERK_ID, '482913');
  useDevice().pinGate.value = 'needed';
});

describe('PinGate', () => {
  it('unlocks with the right PIN after a wrong one', async () => {
    const { wrapper } = await mountGate();

    await enter(wrapper, '000000');
    expect(wrapper.get('[role="alert"]').text()).toBe(
      `PIN 错误，还可尝试 ${MAX_PIN_FAILURES - 1} 次。`,
    );
    await enter(wrapper, '482913');

    expect(useDevice().pinGate.value).toBe('open');
    expect(document.cookie).toContain(
      `ykb_unlocked=${encodeURIComponent(CLERK_ID)}`,
    );
  }, 30000);

  it('locks after repeated failures and sends the user to sign in', async () => {
    const { wrapper, router } = await mountGate();

    for (let i = 0; i < MAX_PIN_FAILURES; i++) await enter(wrapper, '000000');

    expect(wrapper.text()).toContain('PIN 已锁定');
    expect(wrapper.find('input#pin-gate-pin').exists()).toBe(false);
    await wrapper.get('button').trigger('click');
    await flushPromises();
    expect(useSession().user.value).toBeNull();
    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(await pinLock.hasPin(CLERK_ID)).toBe(false);
  }, 60000);
});
