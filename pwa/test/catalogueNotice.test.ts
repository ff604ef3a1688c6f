// @vitest-environment happy-dom
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { flushPromises, mount } from '@vue/test-utils';
import { of } from 'rxjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DownloadProgress } from '../src/offline/deviceCache';
import DevicePage from '../src/features/device/DevicePage.vue';
import ClerkIntakePage from '../src/features/intake/ClerkIntakePage.vue';
import { i18n, setLocale } from '../src/i18n';
import { installOutbox } from '../src/offline/useOutbox';
import { signInTestUser } from './signInTestUser';

/**
 * The intake and device pages over an in-memory device cache that contains
 * the progress and items each test sets, as IndexedDB does after a reload.
 */

const cache = vi.hoisted(() => ({
  progress: null as DownloadProgress | null,
  items: [] as unknown[],
}));

vi.mock('../src/offline/idbDeviceCacheStore', () => ({
  idbDeviceCacheStore: {
    readProgress: async () => cache.progress,
    listRecords: async (_userId: string, kind: string) =>
      kind === 'item' ? cache.items : [],
  },
}));

vi.mock('../src/offline/offlineDatabase', () => ({
  offlineDatabase: async () => ({
    get: async () => undefined,
    put: async () => undefined,
    delete: async () => undefined,
  }),
}));

/** Stores a download of a 34-item catalogue that stored `stored` items and finished when `complete`. */
function downloadOf(stored: number, complete: boolean) {
  const itemIds = Array.from({ length: 34 }, (_, i) => `item-${i}`);
  cache.progress = {
    divisionCode: '500238100205',
    itemIds,
    itemsDone: complete ? 34 : stored,
    casesDone: complete,
    completedAt: complete ? '2026-03-02T02:00:00.000Z' : null,
  };
  cache.items = itemIds.slice(0, stored).map((id, i) => ({
    id,
    name: `事项${i}`,
    nameEn: `Item ${i}`,
    formFields: [],
    materials: [],
  }));
}

beforeAll(() => {
  signInTestUser({
    id: 'u-clerk.chengbei',
    name: '城北村代办员',
    roles: ['CLERK'],
    divisionCode: '500238100205',
    departmentCode: null,
    hallId: null,
  });
  installOutbox(
    new ApolloClient({
      cache: new InMemoryCache(),
      link: new ApolloLink(() => of({ data: null })),
    }),
  );
});

afterEach(() => {
  cache.progress = null;
  cache.items = [];
  setLocale('zh-CN');
});

async function noticeOn(page: typeof ClerkIntakePage | typeof DevicePage) {
  const wrapper = mount(page, {
    global: { plugins: [i18n], stubs: { RouterLink: true } },
  });
  await flushPromises();
  return wrapper.find('[data-testid="catalogue-incomplete"]');
}

describe('incomplete catalogue notice', () => {
  it('shows stored and total items at intake', async () => {
    downloadOf(13, false);
    const notice = await noticeOn(ClerkIntakePage);
    expect(notice.exists()).toBe(true);
    expect(notice.text()).toContain('已保存 13 项，共 34 项');
    expect(notice.attributes('role')).toBe('status');
  });

  it('shows the counts in English', async () => {
    setLocale('en');
    downloadOf(13, false);
    const notice = await noticeOn(ClerkIntakePage);
    expect(notice.text()).toContain('13 of 34 items are stored');
  });

  it('shows on the device page', async () => {
    downloadOf(13, false);
    const notice = await noticeOn(DevicePage);
    expect(notice.text()).toContain('已保存 13 项，共 34 项');
  });

  it('stays hidden for a complete catalogue', async () => {
    downloadOf(34, true);
    expect((await noticeOn(ClerkIntakePage)).exists()).toBe(false);
  });

  it('stays hidden before any download', async () => {
    expect((await noticeOn(DevicePage)).exists()).toBe(false);
  });
});
